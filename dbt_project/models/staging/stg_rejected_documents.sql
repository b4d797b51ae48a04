with

source as (

    select * from {{ source('raw', 'rejected_documents') }}

),

renamed as (

    select

        -- ids
        doc,
        sha256,

        -- file
        cast(size_bytes as bigint) as size_bytes,

        -- outcome
        reason as rejection_reason

    from source

),

final as (

    select * from renamed

)

select * from final
