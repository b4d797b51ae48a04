{#-
    League tables. Actual facts with a value, one per park within each
    ranking group (metric x industry x period grain x period-end year x
    unit; a park with several facts in a group keeps its latest period).
    Parks are ranked by value (descending, rank(): ties share a rank and the
    next rank is skipped), by stated yoy_pct among parks that state one, and
    by value within their province.
-#}

with

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

parks as (

    select * from {{ ref('dim_park') }}

),

valued_facts as (

    select
        metric_facts.*,
        row_number() over (
            partition by park_id, metric, industry, period_grain, fiscal_year, unit
            order by period_end_month desc nulls last, period_start_month desc nulls last
        ) as period_pick
    from metric_facts
    where kind = 'actual'
      and value is not null

),

ranking_facts as (

    select
        valued_facts.*,
        parks.park_name,
        parks.province
    from valued_facts
    left join parks
        on valued_facts.park_id = parks.park_id
    where valued_facts.period_pick = 1

),

ranked as (

    select
        ranking_facts.*,
        rank() over (
            partition by metric, industry, period_grain, fiscal_year, unit
            order by value desc
        ) as value_rank,
        count(*) over (
            partition by metric, industry, period_grain, fiscal_year, unit
        ) as n_parks_ranked,
        case when yoy_pct is not null then
            rank() over (
                partition by metric, industry, period_grain, fiscal_year, unit,
                    case when yoy_pct is null then 1 else 0 end
                order by yoy_pct desc
            )
        end as yoy_rank,
        count(yoy_pct) over (
            partition by metric, industry, period_grain, fiscal_year, unit
        ) as n_parks_with_yoy,
        case when province is not null then
            rank() over (
                partition by metric, industry, period_grain, fiscal_year, unit, province
                order by value desc
            )
        end as province_value_rank,
        case when province is not null then
            count(*) over (
                partition by metric, industry, period_grain, fiscal_year, unit, province
            )
        end as n_parks_in_province
    from ranking_facts

),

final as (

    select

        -- ids
        {{ zonescope_key(['park_id', 'metric', 'industry', 'period_grain', 'fiscal_year', 'unit']) }} as ranking_id,
        fact_id,
        park_id,
        park_name,

        -- ranking group
        metric,
        industry,
        period_grain,
        fiscal_year,
        unit,

        -- periods
        period_start_month,
        period_end_month,

        -- amounts
        value,
        yoy_pct,

        -- ranks
        value_rank,
        n_parks_ranked,
        yoy_rank,
        n_parks_with_yoy,

        -- location
        province,
        province_value_rank,
        n_parks_in_province

    from ranked

)

select * from final
