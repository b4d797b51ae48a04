-- Park scorecard: one line per park - latest output, revenue, GDP, enterprises,
-- latest growth, output rank and leading industries - biggest output first.
-- Money is shown in 100 million yuan (yi) / million USD, each with its unit
-- (edit display_units).
-- Run: zonescope sql --file warehouse/queries/park_scorecard.sql

with

display_units as (

    -- how each unit is shown: value / divide_by, labelled shown_as
    select * from (values
        ('CNY', 1e8, 'CNY 100m (yi)'),
        ('USD', 1e6, 'USD m'),
        ('count', 1, 'count'),
        ('km2', 1, 'km2'),
        ('persons', 1, 'persons')
    ) as u (unit, divide_by, shown_as)

)

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
left join display_units as ou
    on s.output_unit = ou.unit
left join display_units as ru
    on s.operating_revenue_unit = ru.unit
left join display_units as gu
    on s.gdp_unit = gu.unit
order by s.output_value desc nulls last, s.park_name
