with

source as (

    select * from {{ source('raw', 'documents') }}

),

renamed as (

    select

        -- ids
        doc,
        sha256,

        -- file
        path as file_path,
        cast(size_bytes as bigint) as size_bytes,
        encoding,

        -- content
        text as document_text,
        text is not null as is_decodable,
        ingest_error,
        length(text) as n_chars,

        -- dates
        cast(doc_date as date) as doc_date

    from source

),

final as (

    select * from renamed

)

select * from final
