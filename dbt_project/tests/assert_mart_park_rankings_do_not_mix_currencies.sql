-- No ranking group of mart_park_rankings mixes currencies or unit families:
-- every group (metric x industry x period grain x ranking period x unit)
-- holds one unit family and one unit, every row's value is in that unit, and
-- a USD figure ranked in CNY was converted at its year's rate (value =
-- stated_value x cny_per_usd of cny_usd_rates). Returns the offending rows.

-- Dagster: the model this test checks (it also reads other relations).
{{ config(meta={'dagster': {'ref': {'name': 'mart_park_rankings'}}}) }}

with

rankings as (

    select * from {{ ref('mart_park_rankings') }}

),

rates as (

    select * from {{ ref('cny_usd_rates') }}

),

mixed_groups as (

    select
        metric,
        industry,
        period_grain,
        ranking_period,
        unit
    from rankings
    group by metric, industry, period_grain, ranking_period, unit
    having count(distinct unit_family) > 1

),

bad_rows as (

    -- a row whose ranked unit differs from its stated one without a conversion
    select
        rankings.ranking_id,
        'unit changed without a conversion' as problem
    from rankings
    where rankings.stated_unit <> rankings.unit
      and not (
          rankings.stated_unit = 'USD'
          and rankings.unit = 'CNY'
          and rankings.conversion_status = 'converted_from_usd'
      )

    union all

    -- a converted row whose rate or value does not match the seed
    select
        rankings.ranking_id,
        'conversion does not match the CNY/USD rate of its year' as problem
    from rankings
    left join rates
        on rankings.fiscal_year = rates.year
    where rankings.conversion_status = 'converted_from_usd'
      and (
          rates.cny_per_usd is null
          or rankings.cny_per_usd <> rates.cny_per_usd
          or abs(rankings.value - rankings.stated_value * rates.cny_per_usd) > 0.000001 * abs(rankings.value)
      )

    union all

    -- a USD figure left in USD although its year has a rate (it should have been converted)
    select
        rankings.ranking_id,
        'USD left unconverted although its year has a rate' as problem
    from rankings
    inner join rates
        on rankings.fiscal_year = rates.year
    where rankings.conversion_status = 'usd_not_converted'
      and rankings.period_grain <> 'multi_year'

    union all

    select
        rankings.ranking_id,
        'ranking group mixes units or unit families' as problem
    from rankings
    inner join mixed_groups
        on rankings.metric = mixed_groups.metric
        and rankings.industry is not distinct from mixed_groups.industry
        and rankings.period_grain = mixed_groups.period_grain
        and rankings.ranking_period = mixed_groups.ranking_period
        and rankings.unit = mixed_groups.unit

)

select * from bad_rows
