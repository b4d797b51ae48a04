with

source as (

    select * from {{ source('raw', 'document_history') }}

),

renamed as (

    select

        -- ids
        doc,
        sha256,

        -- change
        event,
        cast(observed_at as timestamp) as observed_at

    from source

),

final as (

    select * from renamed

)

select * from final
