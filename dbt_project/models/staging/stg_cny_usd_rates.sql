with

source as (

    select * from {{ ref('cny_usd_rates') }}

),

final as (

    select

        -- periods
        cast(year as integer) as year,

        -- amounts
        cast(cny_per_usd as double precision) as cny_per_usd,

        -- provenance
        source as rate_source

    from source

)

select * from final
