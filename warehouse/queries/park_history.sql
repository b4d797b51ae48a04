-- Park history: every figure one park has stated over time, with its evidence.
-- Actuals and targets of the park (any of its names), oldest first, each with
-- how many documents state it, whether they disagree, and the sentence it
-- came from.
--
-- By default the query shows the park with the most facts (on a tie: the one
-- stated in most documents, then by name), so it shows something on any
-- corpus. To pick your own park, put part of any of its names in the params
-- CTE below instead of null, e.g. 'Pingxiang' or 'Ningxiang High-tech'
-- (select park_name, aliases from dim_park lists them); when several parks
-- match, the one with the most facts is shown.
-- Money is shown in 100 million yuan (yi) / million USD: dim_unit; edit dbt_project/seeds/display_units.csv.
-- Run: zonescope sql --file warehouse/queries/park_history.sql

with

params as (

    select null::varchar as park_name_like   -- <- part of your park's name here, e.g. 'Pingxiang'

),

the_park as (

    select p.park_id, p.park_name
    from dim_park as p
    cross join params
    left join fct_park_metric as f
        on p.park_id = f.park_id
    where params.park_name_like is null
       or p.park_name ilike '%' || params.park_name_like || '%'
       or array_to_string(p.aliases, ' | ') ilike '%' || params.park_name_like || '%'
    group by p.park_id, p.park_name
    order by count(f.fact_id) desc, count(distinct f.doc) desc, p.park_name
    limit 1

)

select
    the_park.park_name,
    f.metric,
    f.industry,
    f.kind,
    f.period_label,
    round(f.value / coalesce(u.divide_by, 1), 2) as value,
    coalesce(u.shown_as, f.unit) as unit,
    f.yoy_pct,
    f.qualifier,
    f.source_count,
    f.has_conflict,
    f.doc,
    f.evidence
from fct_park_metric as f
inner join the_park
    on f.park_id = the_park.park_id
left join dim_unit as u
    on f.unit = u.unit
order by
    the_park.park_name,
    f.fiscal_year nulls last,
    f.period_end_month nulls last,
    f.kind,
    f.metric,
    f.industry nulls first
