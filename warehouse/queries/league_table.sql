-- League table: which parks lead on one metric in one period?
-- Parks ranked on comparable figures only (same metric, period, unit family;
-- USD converted to CNY at the year's average rate), park-wide figures only.
--
-- By default the query picks the ranking with the most parks ranked (on a tie:
-- the latest year, then dated before undated, then money before counts/areas,
-- then metric name), so it shows something on any corpus. To pick your own,
-- put values in the params CTE below instead of null:
--     metric          e.g. 'industrial_output_above_size', 'gdp', 'area'
--     ranking_period  e.g. '2023', '2023 H1', '2017 Jan-Nov', 'undated'
-- Either one alone works too: a metric alone takes its biggest (then latest)
-- ranking, a period alone the metric with most parks in that period.
-- (select distinct metric, ranking_period from mart_park_rankings lists them.)
-- Money is shown in 100 million yuan (yi) / million USD: dim_unit; edit dbt_project/seeds/display_units.csv.
-- Run: zonescope sql --file warehouse/queries/league_table.sql

with

params as (

    select
        null::varchar as metric,          -- <- your metric here, e.g. 'gdp'
        null::varchar as ranking_period   -- <- your period here, e.g. '2022'

),

candidate_groups as (

    select
        r.metric,
        r.ranking_period,
        count(distinct r.park_id) as n_parks,
        max(r.fiscal_year) as fiscal_year,
        bool_or(r.unit_family = 'money') as is_money
    from mart_park_rankings as r
    cross join params
    where r.industry is null
      and (params.metric is null or r.metric = params.metric)
      and (params.ranking_period is null or r.ranking_period = params.ranking_period)
    group by r.metric, r.ranking_period

),

chosen as (

    select metric, ranking_period
    from candidate_groups
    order by
        n_parks desc,
        fiscal_year desc nulls last,
        is_money desc,
        metric,
        ranking_period
    limit 1

)

select
    r.metric,
    r.ranking_period,
    r.value_rank as rank,
    r.n_parks_ranked as of_n,
    r.park_name,
    r.province,
    r.period_label,
    round(r.value / coalesce(u.divide_by, 1), 2) as value,
    coalesce(u.shown_as, r.unit) as unit,
    case when r.stated_unit <> r.unit then round(r.stated_value / coalesce(su.divide_by, 1), 2) end as stated_value,
    case when r.stated_unit <> r.unit then coalesce(su.shown_as, r.stated_unit) end as stated_unit,
    r.growth_pct,
    r.growth_rank,
    r.province_value_rank as rank_in_province,
    round(r.value_per_km2 / coalesce(u.divide_by, 1), 2) as value_per_km2,
    case when r.value_per_km2 is not null then coalesce(u.shown_as, r.unit) || ' per km2' end as per_km2_unit,
    r.intensity_rank
from mart_park_rankings as r
inner join chosen
    on r.metric = chosen.metric
    and r.ranking_period = chosen.ranking_period
left join dim_unit as u
    on r.unit = u.unit
left join dim_unit as su
    on r.stated_unit = su.unit
where r.industry is null
order by r.unit, r.value_rank, r.park_name
