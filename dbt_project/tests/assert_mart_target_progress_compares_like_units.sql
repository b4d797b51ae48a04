-- No target in mart_target_progress is compared with an actual of another
-- unit without conversion: the actual is of the same unit family, in the same
-- unit, or money converted at the CNY/USD rate of the actual's year
-- (cny_usd_rates) with the converted value matching. A flow target is only
-- compared with a full-year actual. Returns the offending rows.

-- Dagster: the model this test checks (it also reads other relations).
{{ config(meta={'dagster': {'ref': {'name': 'mart_target_progress'}}}) }}

with

progress as (

    select * from {{ ref('mart_target_progress') }}

),

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

rates as (

    select * from {{ ref('cny_usd_rates') }}

),

compared as (

    select
        progress.*,
        actuals.period_grain as actual_period_grain,
        rates.cny_per_usd as seed_cny_per_usd
    from progress
    inner join metric_facts as actuals
        on progress.actual_fact_id = actuals.fact_id
    left join rates
        on progress.actual_year = rates.year

)

select
    target_fact_id,
    target_unit,
    actual_unit,
    conversion_status,
    actual_cny_per_usd,
    actual_value,
    actual_value_in_target_unit
from compared
where
    -- another unit family
    {{ unit_family('target_unit') }} is distinct from {{ unit_family('actual_unit') }}
    -- same unit, but the value was changed
    or (target_unit = actual_unit and (conversion_status <> 'same_unit' or actual_value_in_target_unit <> actual_value))
    -- another currency without a matching conversion
    or (
        target_unit <> actual_unit
        and not (
            seed_cny_per_usd is not null
            and actual_cny_per_usd = seed_cny_per_usd
            and (
                (target_unit = 'CNY' and actual_unit = 'USD' and conversion_status = 'converted_usd_to_cny'
                    and abs(actual_value_in_target_unit - actual_value * seed_cny_per_usd) <= 0.000001 * abs(actual_value_in_target_unit))
                or (target_unit = 'USD' and actual_unit = 'CNY' and conversion_status = 'converted_cny_to_usd'
                    and abs(actual_value_in_target_unit - actual_value / seed_cny_per_usd) <= 0.000001 * abs(actual_value_in_target_unit))
            )
        )
    )
    -- a flow target against a partial-year actual
    or (is_flow and actual_period_grain <> 'full_year')
