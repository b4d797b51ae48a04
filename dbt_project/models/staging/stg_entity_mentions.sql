with

source as (

    select * from {{ source('raw', 'entity_mentions') }}

),

renamed as (

    select

        -- ids
        {{ zonescope_key(['doc', 'entity']) }} as entity_mention_id,
        doc,

        -- names
        entity,
        aliases,

        -- codes
        entity_type,
        level,

        -- location
        province,
        city,

        -- dates
        cast(established_year as integer) as established_year

    from source

),

final as (

    select * from renamed

)

select * from final
