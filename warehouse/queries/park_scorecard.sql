-- Park scorecard: one line per park - latest output, revenue, GDP, enterprises,
-- latest growth, output rank and leading industries - biggest output first.
-- Run: zonescope sql --file warehouse/queries/park_scorecard.sql

select
    park_name,
    park_type,
    level,
    province,
    area_km2,
    output_metric,
    round(output_value / 1e8, 2) as output_100m,
    output_unit,
    output_period_label as output_period,
    output_growth_pct,
    output_rank,
    output_n_parks_ranked as output_of_n,
    round(operating_revenue_value / 1e8, 2) as revenue_100m,
    operating_revenue_period_label as revenue_period,
    round(gdp_value / 1e8, 2) as gdp_100m,
    gdp_period_label as gdp_period,
    enterprises_value as enterprises,
    high_tech_enterprises_value as high_tech_enterprises,
    latest_growth_metric,
    latest_growth_pct,
    latest_growth_period_label as latest_growth_period,
    leading_industries
from mart_park_scorecard
order by output_value desc nulls last, park_name
