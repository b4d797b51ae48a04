-- No growth in mart_park_growth is computed across units or periods: the
-- prior fact and the CAGR's first figure have the fact's own park, metric,
-- industry, unit and (for the prior) grain. Returns the offending rows.

-- Dagster: the model this test checks (it also reads other relations).
{{ config(meta={'dagster': {'ref': {'name': 'mart_park_growth'}}}) }}

with

growth as (

    select * from {{ ref('mart_park_growth') }}

),

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

bad_priors as (

    select
        growth.fact_id,
        'prior fact of another park, metric, industry, unit or grain' as problem
    from growth
    inner join metric_facts as prior_facts
        on growth.prior_fact_id = prior_facts.fact_id
    where growth.park_id <> prior_facts.park_id
       or growth.metric <> prior_facts.metric
       or growth.industry is distinct from prior_facts.industry
       or growth.unit is distinct from prior_facts.unit
       or growth.period_grain <> prior_facts.period_grain
       or prior_facts.fiscal_year <> growth.fiscal_year - 1

),

bad_cagr_bases as (

    -- the CAGR's first figure must be a full-year actual of the same series
    select
        growth.fact_id,
        'CAGR base is not a full-year figure of the same park, metric, industry and unit' as problem
    from growth
    where growth.first_year is not null
      and not exists (
          select 1
          from metric_facts as first_facts
          where first_facts.park_id = growth.park_id
            and first_facts.metric = growth.metric
            and first_facts.industry is not distinct from growth.industry
            and first_facts.unit = growth.unit
            and first_facts.kind = 'actual'
            and first_facts.period_grain = 'full_year'
            and first_facts.fiscal_year = growth.first_year
            and first_facts.value = growth.first_value
      )

)

select * from bad_priors
union all
select * from bad_cagr_bases
