-- League table: which parks lead on one metric in one period?
-- Parks ranked on comparable figures only (same metric, period, unit family;
-- USD converted to CNY at the year's average rate). Edit the params CTE to
-- pick another metric / period (e.g. 'industrial_output_above_size', '2023').
-- Run: zonescope sql --file warehouse/queries/league_table.sql

with

params as (

    select 'gdp' as metric, '2022' as ranking_period

)

select
    r.value_rank as rank,
    r.n_parks_ranked as of_n,
    r.park_name,
    r.province,
    r.period_label,
    round(r.value / 1e8, 2) as value_100m,
    r.unit,
    case when r.stated_unit <> r.unit then r.stated_value end as stated_value,
    case when r.stated_unit <> r.unit then r.stated_unit end as stated_unit,
    r.growth_pct,
    r.growth_rank,
    r.province_value_rank as rank_in_province,
    round(r.value_per_km2 / 1e8, 2) as value_100m_per_km2,
    r.intensity_rank
from mart_park_rankings as r
inner join params
    on r.metric = params.metric
    and r.ranking_period = params.ranking_period
where r.industry is null
order by r.unit, r.value_rank, r.park_name
