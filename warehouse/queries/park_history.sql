-- Park history: every figure one park has stated over time, with its evidence.
-- Actuals and targets of the park (any of its names), oldest first, each with
-- how many documents state it, whether they disagree, and the sentence it
-- came from. Edit the params CTE to pick another park, matched on any of its
-- names ('Chuzhou' has two documents three years apart in the test corpus;
-- 'Pingxiang' is the park of the seeds corpus).
-- Run: zonescope sql --file warehouse/queries/park_history.sql

with

params as (

    select 'Chuzhou' as park_name_like

),

the_park as (

    select p.park_id, p.park_name
    from dim_park as p
    cross join params
    where p.park_name like '%' || params.park_name_like || '%'
       or array_to_string(p.aliases, ' | ') like '%' || params.park_name_like || '%'

)

select
    the_park.park_name,
    f.metric,
    f.industry,
    f.kind,
    f.period_label,
    f.value,
    f.unit,
    f.yoy_pct,
    f.qualifier,
    f.source_count,
    f.has_conflict,
    f.doc,
    f.evidence
from fct_park_metric as f
inner join the_park
    on f.park_id = the_park.park_id
order by
    the_park.park_name,
    f.fiscal_year nulls last,
    f.period_end_month nulls last,
    f.kind,
    f.metric,
    f.industry nulls first
