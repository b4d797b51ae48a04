with

parks as (

    select * from {{ ref('int_parks__resolved') }}

),

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

area_facts as (

    -- latest known area: latest period end, then latest document
    select
        park_id,
        value as area_km2,
        period_label as area_period_label,
        row_number() over (
            partition by park_id
            order by period_end_month desc nulls last, doc_date desc nulls last, doc desc
        ) as area_rank
    from metric_facts
    where metric = 'area'
      and kind = 'actual'
      and unit = 'km2'
      and value is not null

),

latest_area as (

    select * from area_facts
    where area_rank = 1

),

final as (

    select

        -- ids
        parks.park_id,
        parks.park_key,

        -- names
        parks.park_name,
        parks.aliases,

        -- codes
        parks.park_type,
        parks.level,

        -- location
        parks.province,
        parks.city,

        -- dates
        parks.established_year,

        -- amounts
        latest_area.area_km2,
        latest_area.area_period_label,

        -- counts
        parks.n_documents

    from parks
    left join latest_area
        on parks.park_id = latest_area.park_id

)

select * from final
