{#-
    Growth of each actual, dated (or yoy-stating) metric fact.

    * stated_yoy_pct: the growth the text states.
    * implied_prior_value = value / (1 + stated_yoy_pct / 100), when both
      exist, rounded to 2 decimals.
    * computed_yoy_pct: from this fact and the fact for the same park, metric,
      industry, unit and period grain covering the same months one year
      earlier (both periods stated by the documents), rounded to 4 decimals.
    * growth_disagrees: stated and computed growth differ by more than 0.5
      percentage points.
    * growth_pct: the stated growth, else the computed one (growth_source says
      which).
    * cagr_pct: compound annual growth of a full-year figure from the earliest
      full-year actual of the same park, metric, industry and unit
      (first_year, first_value) to this row's year:
      (value / first_value) ^ (1 / (fiscal_year - first_year)) - 1, in percent,
      rounded to 4 decimals. Null (and first_year, first_value null) when
      there is no earlier full year, and for other grains.

    Incremental by park (macros/restated_groups.sql): a fact's growth reads
    only facts of its own park, so a build restates the parks whose facts
    (or name) differ from the rows the mart holds.
-#}

{{ config(**restated_groups_config('park_id', post_hook="{{ drop_growth_of_facts_gone() }}")) }}

with

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

parks as (

    select * from {{ ref('dim_park') }}

),

actual_facts as (

    select
        metric_facts.*,
        extract(year from period_start_month) as start_year,
        extract(month from period_start_month) as start_month,
        extract(year from period_end_month) as end_year,
        extract(month from period_end_month) as end_month
    from metric_facts
    where {{ has_growth_row('metric_facts') }}

),
{%- if is_incremental() %}

fact_inputs as (

    -- what a row is written from, under the mart's own column names
    select
        actual_facts.fact_id,
        actual_facts.park_id,
        parks.park_name,
        actual_facts.metric,
        actual_facts.industry,
        actual_facts.unit,
        actual_facts.period_grain,
        actual_facts.period_label,
        actual_facts.period_start_month,
        actual_facts.period_end_month,
        actual_facts.fiscal_year,
        actual_facts.value,
        actual_facts.yoy_pct as stated_yoy_pct
    from actual_facts
    left join parks
        on actual_facts.park_id = parks.park_id

),

parks_to_restate as (

    {{ groups_to_restate('fact_inputs', 'park_id', [
        'fact_id', 'park_id', 'park_name', 'metric', 'industry', 'unit', 'period_grain', 'period_label',
        'period_start_month', 'period_end_month', 'fiscal_year', 'value', 'stated_yoy_pct']) }}

),
{%- endif %}

park_facts as (

    select * from actual_facts
    {%- if is_incremental() %}
    where park_id in (select park_id from parks_to_restate)
    {%- endif %}

),

with_prior as (

    select
        current_period.*,
        prior_period.fact_id as prior_fact_id,
        prior_period.period_label as prior_period_label,
        prior_period.value as prior_value
    from park_facts as current_period
    left join park_facts as prior_period
        on current_period.park_id = prior_period.park_id
        and current_period.metric = prior_period.metric
        and current_period.industry is not distinct from prior_period.industry
        and current_period.unit = prior_period.unit
        and current_period.period_grain = prior_period.period_grain
        and current_period.end_year - 1 = prior_period.end_year
        and current_period.end_month = prior_period.end_month
        and (current_period.start_year - 1) is not distinct from prior_period.start_year
        and current_period.start_month is not distinct from prior_period.start_month
        and prior_period.value is not null

),

full_year_series as (

    -- full-year actuals with a positive value: the points a CAGR runs between
    select
        fact_id,
        fiscal_year,
        min(fiscal_year) over (
            partition by park_id, metric, industry, unit
        ) as series_first_year,
        first_value(value) over (
            partition by park_id, metric, industry, unit
            order by fiscal_year
            rows between unbounded preceding and unbounded following
        ) as series_first_value
    from park_facts
    where period_grain = 'full_year'
      and value > 0

),

growth as (

    select
        with_prior.*,
        case
            when with_prior.value is not null and with_prior.yoy_pct is not null and with_prior.yoy_pct <> -100
                then round(with_prior.value / (1 + with_prior.yoy_pct / 100), 2)
        end as implied_prior_value,
        case
            when with_prior.value is not null and with_prior.prior_value is not null and with_prior.prior_value <> 0
                then round((with_prior.value - with_prior.prior_value) / with_prior.prior_value * 100, 4)
        end as computed_yoy_pct,
        case
            when full_year_series.series_first_year < full_year_series.fiscal_year
                then full_year_series.series_first_year
        end as first_year,
        case
            when full_year_series.series_first_year < full_year_series.fiscal_year
                then full_year_series.series_first_value
        end as first_value
    from with_prior
    left join full_year_series
        on with_prior.fact_id = full_year_series.fact_id

),

final as (

    select

        -- ids
        growth.fact_id,
        growth.park_id,
        parks.park_name,

        -- codes
        growth.metric,
        growth.industry,
        growth.unit,

        -- periods
        growth.period_grain,
        growth.period_label,
        growth.period_start_month,
        growth.period_end_month,
        growth.fiscal_year,

        -- amounts
        growth.value,

        -- year-on-year growth
        growth.yoy_pct as stated_yoy_pct,
        growth.implied_prior_value,
        growth.prior_fact_id,
        growth.prior_period_label,
        growth.prior_value,
        growth.computed_yoy_pct,
        growth.yoy_pct - growth.computed_yoy_pct as yoy_gap_pct_points,
        coalesce(growth.yoy_pct, growth.computed_yoy_pct) as growth_pct,
        case
            when growth.yoy_pct is not null then 'stated'
            when growth.computed_yoy_pct is not null then 'computed'
        end as growth_source,

        -- compound annual growth
        growth.first_year,
        growth.first_value,
        growth.fiscal_year - growth.first_year as cagr_years,
        case
            when growth.first_year is not null
                then round(
                    (power(growth.value / growth.first_value, 1.0 / (growth.fiscal_year - growth.first_year)) - 1) * 100,
                    4
                )
        end as cagr_pct,

        -- flags
        coalesce(abs(growth.yoy_pct - growth.computed_yoy_pct) > 0.5, false) as growth_disagrees

    from growth
    left join parks
        on growth.park_id = parks.park_id

)

select * from final
