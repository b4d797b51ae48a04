{#-
    Each stated target (kind = target) against the latest comparable actual
    of the same park, metric and industry.

    Comparable actual - written rule:
      * it has a value, and its period does not end after the target's;
      * a flow target (a yearly amount) is compared with a full-year actual; a
        stock target (a count, an area) with any dated actual;
      * same unit family; money in the other currency is converted at the
        annual average CNY/USD rate of the actual's year (fct_park_metric:
        value_cny, cny_per_usd) - without a rate it is not comparable;
      * the latest one wins (period end, then document date, then fact_id).

    years_remaining = months from the actual's period end to the target's, / 12
    (whole years between two full-year flows); required_cagr_pct = the growth
    a year needed to reach the target: ((target / actual) ^ (1 / years) - 1) x 100.
    recent_growth_pct: the latest growth (stated yoy, else computed) of the
    same park, metric and industry (mart_park_growth).

    status (first rule that applies):
      not_judgeable  growth-only target, target without a value, undated target,
                     multi-year cumulative target, no actual of the same metric,
                     only partial-year (flow) / undated (stock) actuals, no
                     actual in a comparable unit - the reason says which;
      achieved       the actual already meets the target (at_least / exact /
                     approx: actual >= target; at_most: actual <= target);
      missed         an actual reaching the target's period end falls short;
      not_judgeable  the target year has passed (before the warehouse's as-of
                     year, the latest document date) without an actual for it;
                     the actual is zero; no recent growth is known;
      on_track       recent growth >= required growth (<= for at_most targets);
      at_risk        otherwise.
-#}

with

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

parks as (

    select * from {{ ref('dim_park') }}

),

metrics as (

    select * from {{ ref('dim_metric') }}

),

growth as (

    select * from {{ ref('mart_park_growth') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),

as_of as (

    select
        max(doc_date) as as_of_date,
        cast(extract(year from max(doc_date)) as integer) as as_of_year
    from documents

),

targets as (

    select
        metric_facts.*,
        metrics.is_flow
    from metric_facts
    inner join metrics
        on metric_facts.metric = metrics.metric
    where metric_facts.kind = 'target'

),

actuals as (

    select * from metric_facts
    where kind = 'actual'
      and value is not null

),

candidates as (

    -- every valued actual of the target's park, metric and industry, with
    -- whether its period and unit make it comparable
    select
        targets.fact_id as target_fact_id,
        actuals.fact_id as actual_fact_id,
        actuals.fiscal_year as actual_year,
        actuals.period_end_month,
        actuals.doc_date,
        case
            when targets.is_flow then actuals.period_grain = 'full_year'
            else actuals.period_end_month is not null
        end as is_period_comparable,
        case
            when targets.unit = actuals.unit then actuals.value
            when targets.unit = 'CNY' and actuals.unit = 'USD' then actuals.value_cny
            when targets.unit = 'USD' and actuals.unit = 'CNY' then actuals.value / actuals.cny_per_usd
        end as value_in_target_unit,
        case
            when targets.unit = actuals.unit then 'same_unit'
            when targets.unit = 'CNY' and actuals.unit = 'USD' then 'converted_usd_to_cny'
            when targets.unit = 'USD' and actuals.unit = 'CNY' then 'converted_cny_to_usd'
        end as conversion_status,
        case when targets.unit <> actuals.unit then actuals.cny_per_usd end as cny_per_usd,
        actuals.period_end_month <= targets.period_end_month as is_not_after_target
    from targets
    inner join actuals
        on targets.park_id = actuals.park_id
        and targets.metric = actuals.metric
        and targets.industry is not distinct from actuals.industry

),

candidate_counts as (

    select
        target_fact_id,
        count(*) as n_actuals,
        sum(case when is_period_comparable then 1 else 0 end) as n_period_comparable,
        sum(case when is_period_comparable and value_in_target_unit is not null then 1 else 0 end) as n_comparable
    from candidates
    group by target_fact_id

),

picked_actuals as (

    select * from (
        select
            candidates.*,
            row_number() over (
                partition by target_fact_id
                order by period_end_month desc, doc_date desc nulls last, actual_fact_id
            ) as pick_rank
        from candidates
        where is_period_comparable
          and value_in_target_unit is not null
          and is_not_after_target
    ) as ranked_candidates
    where pick_rank = 1

),

recent_growth as (

    select * from (
        select
            park_id,
            metric,
            industry,
            fact_id,
            period_label,
            growth_pct,
            growth_source,
            row_number() over (
                partition by park_id, metric, industry
                order by
                    period_end_month desc nulls last,
                    case when period_grain = 'full_year' then 0 else 1 end,
                    fact_id
            ) as growth_pick
        from growth
        where growth_pct is not null
    ) as ranked_growth
    where growth_pick = 1

),

joined as (

    select
        targets.*,
        actuals.fact_id as actual_fact_id,
        actuals.period_label as actual_period_label,
        actuals.fiscal_year as actual_year,
        actuals.value as actual_value,
        actuals.unit as actual_unit,
        picked_actuals.value_in_target_unit as actual_value_in_target_unit,
        picked_actuals.conversion_status,
        picked_actuals.cny_per_usd as actual_cny_per_usd,
        coalesce(candidate_counts.n_actuals, 0) as n_actuals,
        coalesce(candidate_counts.n_period_comparable, 0) as n_period_comparable,
        coalesce(candidate_counts.n_comparable, 0) as n_comparable,
        recent_growth.growth_pct as recent_growth_pct,
        recent_growth.growth_source as recent_growth_source,
        recent_growth.period_label as recent_growth_period_label,
        as_of.as_of_date,
        as_of.as_of_year,
        (extract(year from targets.period_end_month) - extract(year from actuals.period_end_month)) * 12
            + extract(month from targets.period_end_month) - extract(month from actuals.period_end_month)
            as months_remaining,
        case when targets.qualifier = 'at_most' then -1 else 1 end as direction
    from targets
    left join picked_actuals
        on targets.fact_id = picked_actuals.target_fact_id
    left join actuals
        on picked_actuals.actual_fact_id = actuals.fact_id
    left join candidate_counts
        on targets.fact_id = candidate_counts.target_fact_id
    left join recent_growth
        on targets.park_id = recent_growth.park_id
        and targets.metric = recent_growth.metric
        and targets.industry is not distinct from recent_growth.industry
    cross join as_of

),

required as (

    select
        joined.*,
        round(months_remaining / 12.0, 2) as years_remaining,
        case
            when value is not null
                and actual_value_in_target_unit > 0
                and value > 0
                and months_remaining > 0
                then round(
                    (power(value / actual_value_in_target_unit, 12.0 / months_remaining) - 1) * 100,
                    4
                )
        end as required_cagr_pct,
        case
            when value > 0 and actual_value_in_target_unit is not null
                then round(actual_value_in_target_unit / value * 100, 2)
        end as progress_pct
    from joined

),

judged as (

    select
        required.*,
        case
            when value is null and yoy_pct is not null then 'growth-only target'
            when value is null then 'target states no value'
            when period_end_month is null then 'undated target'
            when is_flow and period_grain = 'multi_year' then 'multi-year cumulative target'
            when n_actuals = 0 then 'no actual of the same metric for this park'
            when n_period_comparable = 0 and is_flow then 'only partial-year actuals'
            when n_period_comparable = 0 then 'only undated actuals'
            when n_comparable = 0 then 'no actual in a comparable unit'
            when actual_fact_id is null then 'target year already passed without an actual'
        end as early_reason
    from required

),

statused as (

    select
        judged.*,
        case
            when early_reason is not null then early_reason
            when direction * (actual_value_in_target_unit - value) >= 0 then null
            when months_remaining <= 0 then null
            when fiscal_year < as_of_year then 'target year already passed without an actual'
            when actual_value_in_target_unit <= 0 then 'actual is zero'
            when recent_growth_pct is null then 'no recent growth stated'
        end as not_judgeable_reason
    from judged

),

final as (

    select

        -- ids
        statused.fact_id as target_fact_id,
        statused.park_id,
        parks.park_name,

        -- codes
        statused.metric,
        statused.industry,
        statused.is_flow,
        statused.qualifier,

        -- target
        statused.period_grain as target_period_grain,
        statused.period_label as target_period_label,
        statused.fiscal_year as target_year,
        statused.value as target_value,
        statused.unit as target_unit,
        statused.yoy_pct as target_yoy_pct,

        -- latest comparable actual
        statused.actual_fact_id,
        statused.actual_period_label,
        statused.actual_year,
        statused.actual_value,
        statused.actual_unit,
        statused.conversion_status,
        statused.actual_cny_per_usd,
        statused.actual_value_in_target_unit,

        -- progress
        statused.progress_pct,
        statused.years_remaining,
        statused.required_cagr_pct,

        -- recent growth
        statused.recent_growth_pct,
        statused.recent_growth_source,
        statused.recent_growth_period_label,
        case
            when statused.not_judgeable_reason is null
                and statused.required_cagr_pct is not null
                and statused.recent_growth_pct is not null
                then statused.direction * (statused.recent_growth_pct - statused.required_cagr_pct) >= 0
        end as is_on_track,

        -- judgement
        case
            when statused.not_judgeable_reason is not null then 'not_judgeable'
            when statused.direction * (statused.actual_value_in_target_unit - statused.value) >= 0 then 'achieved'
            when statused.months_remaining <= 0 then 'missed'
            when statused.direction * (statused.recent_growth_pct - statused.required_cagr_pct) >= 0 then 'on_track'
            else 'at_risk'
        end as status,
        statused.not_judgeable_reason,
        statused.as_of_date,

        -- evidence (the target's chosen statement)
        statused.doc,
        statused.char_start,
        statused.char_end,
        statused.evidence

    from statused
    left join parks
        on statused.park_id = parks.park_id

)

select * from final
