-- Park scorecard: one line per park - latest output, revenue, GDP, enterprises,
-- latest growth, output rank and leading industries - biggest output first.
-- Money is shown in 100 million yuan (yi) / million USD, each with its unit
-- (dim_unit; edit dbt_project/seeds/display_units.csv).
-- Run: zonescope sql --file warehouse/queries/park_scorecard.sql

select
    s.park_name,
    park_type,
    level,
    province,
    area_km2,
    output_metric,
    round(s.output_value / coalesce(ou.divide_by, 1), 2) as output,
    coalesce(ou.shown_as, s.output_unit) as output_unit,
    output_period_label as output_period,
    output_growth_pct,
    output_rank,
    output_n_parks_ranked as output_of_n,
    round(s.operating_revenue_value / coalesce(ru.divide_by, 1), 2) as revenue,
    coalesce(ru.shown_as, s.operating_revenue_unit) as revenue_unit,
    operating_revenue_period_label as revenue_period,
    round(s.gdp_value / coalesce(gu.divide_by, 1), 2) as gdp,
    coalesce(gu.shown_as, s.gdp_unit) as gdp_unit,
    gdp_period_label as gdp_period,
    enterprises_value as enterprises,
    high_tech_enterprises_value as high_tech_enterprises,
    latest_growth_metric,
    latest_growth_pct,
    latest_growth_period_label as latest_growth_period,
    leading_industries
from mart_park_scorecard as s
left join dim_unit as ou
    on s.output_unit = ou.unit
left join dim_unit as ru
    on s.operating_revenue_unit = ru.unit
left join dim_unit as gu
    on s.gdp_unit = gu.unit
order by s.output_value desc nulls last, s.park_name
