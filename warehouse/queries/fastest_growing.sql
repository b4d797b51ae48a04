-- Fastest growing: which parks grew fastest, metric by metric?
-- Latest full-year (else partial-year) park-wide growth per park and metric,
-- stated yoy or computed from two stated years, with the CAGR where a park
-- has several full years. Flags where stated and computed growth disagree.
-- Values are shown in 100 million yuan (yi) / million USD (dim_unit; edit dbt_project/seeds/display_units.csv).
-- Run: zonescope sql --file warehouse/queries/fastest_growing.sql

with

latest_growth as (

    select
        g.*,
        row_number() over (
            partition by g.park_id, g.metric
            order by g.period_end_month desc, case when g.period_grain = 'full_year' then 0 else 1 end
        ) as pick
    from mart_park_growth as g
    where g.growth_pct is not null
      and g.industry is null

)

select
    g.metric,
    g.park_name,
    period_label,
    growth_pct,
    growth_source,
    round(g.value / coalesce(u.divide_by, 1), 2) as value,
    coalesce(u.shown_as, g.unit) as unit,
    cagr_pct,
    first_year,
    growth_disagrees,
    rank() over (partition by metric order by growth_pct desc) as rank_in_metric
from latest_growth as g
left join dim_unit as u
    on g.unit = u.unit
where pick = 1
  and metric in (
      'industrial_output', 'industrial_output_above_size', 'industrial_added_value_above_size',
      'operating_revenue', 'gdp', 'fiscal_revenue', 'foreign_trade', 'fixed_asset_investment'
  )
order by metric, rank_in_metric, park_name
