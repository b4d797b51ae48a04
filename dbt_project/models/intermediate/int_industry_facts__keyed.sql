{#-
    Industry mentions with the park they are about, the document date and
    the strength of the role (1 = leading ... 4 = present).

    Incremental by document, as int_metric_facts__keyed
    (macros/keyed_by_document.sql).
-#}

{{ config(**keyed_by_document_config()) }}

with

industry_mentions as (

    select * from {{ ref('stg_industry_mentions') }}

),

park_names as (

    select * from {{ ref('int_parks__names') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),
{%- if is_incremental() %}

documents_to_key as (

    {{ documents_to_key(ref('stg_industry_mentions'), 'park_names') }}

),
{%- endif %}

final as (

    select

        -- ids
        industry_mentions.industry_mention_id,
        {{ zonescope_key(['park_names.park_id', 'industry_mentions.industry']) }} as park_industry_id,
        park_names.park_id,
        park_names.park_key,
        industry_mentions.doc,
        industry_mentions.fact_seq,
        industry_mentions.sha256,

        -- area
        industry_mentions.entity,

        -- codes
        industry_mentions.industry,
        industry_mentions.role,
        case industry_mentions.role
            when 'leading' then 1
            when 'characteristic' then 2
            when 'emerging' then 3
            when 'present' then 4
        end as role_rank,

        -- evidence
        industry_mentions.char_start,
        industry_mentions.char_end,
        industry_mentions.evidence,

        -- dates
        documents.doc_date,
        {{ keyed_at() }} as keyed_at

    from industry_mentions
    inner join park_names
        on industry_mentions.doc = park_names.doc
        and industry_mentions.entity = park_names.name
        and park_names.name_role = 'entity'
    left join documents
        on industry_mentions.doc = documents.doc
    {%- if is_incremental() %}
    where industry_mentions.doc in (select doc from documents_to_key)
    {%- endif %}

)

select * from final
