{{ config(**staged_by_document_config()) }}
-- depends_on: {{ source('raw', 'parsed_documents') }}

with

source as (

    select * from {{ source('raw', 'industry_mentions') }}
    {%- if is_incremental() %}
    where {{ not_yet_staged() }}
    {%- endif %}

),

renamed as (

    select

        -- ids
        {{ zonescope_key(["'industry'", 'doc', 'fact_seq']) }} as industry_mention_id,
        doc,
        sha256,
        cast(fact_seq as integer) as fact_seq,

        -- area
        entity,

        -- codes
        industry,
        role,

        -- evidence
        cast(char_start as integer) as char_start,
        cast(char_end as integer) as char_end,
        evidence

    from source

),

final as (

    select * from renamed

)

select * from final
