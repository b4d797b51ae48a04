{{ config(**staged_by_document_config()) }}
-- depends_on: {{ source('raw', 'parsed_documents') }}

with

source as (

    select * from {{ source('raw', 'entity_mentions') }}
    {%- if is_incremental() %}
    where {{ not_yet_staged() }}
    {%- endif %}

),

renamed as (

    select

        -- ids
        {{ zonescope_key(['doc', 'entity']) }} as entity_mention_id,
        doc,
        sha256,

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
