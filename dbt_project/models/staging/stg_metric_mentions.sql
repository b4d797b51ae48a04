{{ config(**staged_by_document_config()) }}
-- depends_on: {{ source('raw', 'parsed_documents') }}

with

source as (

    select * from {{ source('raw', 'metric_mentions') }}
    {%- if is_incremental() %}
    where {{ not_yet_staged() }}
    {%- endif %}

),

renamed as (

    select

        -- ids
        {{ zonescope_key(['doc', 'fact_seq']) }} as metric_mention_id,
        doc,
        sha256,
        cast(fact_seq as integer) as fact_seq,

        -- area
        entity,

        -- codes
        metric,
        nullif(trim(industry), '') as industry,
        kind,
        qualifier,
        unit,

        -- periods ('YYYY-MM' text -> first day of the month)
        period_start as period_start_text,
        period_end as period_end_text,
        case
            when period_start like '____-__'
                then cast(period_start || '-01' as date)
        end as period_start_month,
        case
            when period_end like '____-__'
                then cast(period_end || '-01' as date)
        end as period_end_month,

        -- amounts
        cast(value as double precision) as value,
        cast(yoy_pct as double precision) as yoy_pct,

        -- evidence
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        evidence

    from source

),

period_parts as (

    select
        *,
        extract(year from period_start_month) as start_year,
        extract(month from period_start_month) as start_month,
        extract(year from period_end_month) as end_year,
        extract(month from period_end_month) as end_month
    from renamed

),

graded as (

    select

        -- ids
        metric_mention_id,
        doc,
        sha256,
        fact_seq,

        -- area
        entity,

        -- codes
        metric,
        industry,
        kind,
        qualifier,
        unit,

        -- periods
        period_start_text,
        period_end_text,
        period_start_month,
        period_end_month,
        case
            when period_start_month is null and period_end_month is null then 'undated'
            when period_start_month is null then 'point_in_time'
            when period_end_month is null then 'open_ended'
            when start_year <> end_year then 'multi_year'
            when start_month = end_month then 'month'
            when start_month = 1 and end_month = 12 then 'full_year'
            when start_month = 1 and end_month = 6 then 'first_half'
            when start_month = 1 and end_month = 9 then 'first_three_quarters'
            when start_month = 1 then 'year_to_month'
            else 'partial_year'
        end as period_grain,

        -- amounts
        value,
        yoy_pct,

        -- evidence
        char_start,
        char_end,
        evidence,

        -- flags
        metric <> 'other' as is_catalog_metric

    from period_parts

),

final as (

    select

        graded.*,

        -- periods, for people
        {{ period_label('period_start_month', 'period_end_month', 'period_grain') }} as period_label

    from graded

)

select * from final
