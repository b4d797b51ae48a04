{#-
    The documents ledger: every file of the docs folder, once, with what became of it.

    status:
      parsed                 decoded and read, with at least one metric or industry fact
      parsed_without_facts   decoded and read, nothing the catalogue counts (a speech, a notice)
      rejected               not read, with the reason (empty, binary, not text, a duplicate, too large)

    Incremental by document (macros/restated_groups.sql): a row depends on
    its own document only, so a build writes again the rows that differ
    from what the ledger holds (a new, changed or now rejected file, a count
    that changed) and drops the rows of files no longer in the folder.
-#}

{{ config(**restated_groups_config('doc', post_hook="{{ drop_ledger_rows_of_files_gone() }}")) }}

with

documents as (

    select * from {{ ref('stg_documents') }}

),

rejected as (

    select * from {{ ref('stg_rejected_documents') }}

),

metric_mentions as (

    select * from {{ ref('stg_metric_mentions') }}

),

industry_mentions as (

    select * from {{ ref('stg_industry_mentions') }}

),

document_history as (

    select * from {{ ref('stg_document_history') }}

),

metric_counts as (

    select doc, count(*) as n_metric_facts
    from metric_mentions
    where metric <> 'other'
    group by doc

),

industry_counts as (

    select doc, count(*) as n_industry_facts
    from industry_mentions
    group by doc

),

history as (

    select
        doc,
        min(observed_at) as first_seen_at,
        max(case when event in ('added', 'changed') then observed_at end) as last_changed_at
    from document_history
    group by doc

),

ledger as (

    select

        -- ids
        documents.doc,
        documents.sha256,

        -- outcome
        case
            when rejected.doc is not null then 'rejected'
            when coalesce(metric_counts.n_metric_facts, 0) + coalesce(industry_counts.n_industry_facts, 0) > 0
                then 'parsed'
            else 'parsed_without_facts'
        end as status,
        rejected.rejection_reason as reason,
        coalesce(metric_counts.n_metric_facts, 0) as n_metric_facts,
        coalesce(industry_counts.n_industry_facts, 0) as n_industry_facts,

        -- file
        documents.file_path,
        documents.size_bytes,
        documents.encoding,
        documents.doc_date,

        -- history
        history.first_seen_at,
        history.last_changed_at

    from documents
    left join rejected on rejected.doc = documents.doc
    left join metric_counts on metric_counts.doc = documents.doc
    left join industry_counts on industry_counts.doc = documents.doc
    left join history on history.doc = documents.doc

),
{%- if is_incremental() %}

documents_to_restate as (

    {{ groups_to_restate('ledger', 'doc', [
        'doc', 'sha256', 'status', 'reason', 'n_metric_facts', 'n_industry_facts', 'file_path', 'size_bytes',
        'encoding', 'doc_date', 'first_seen_at', 'last_changed_at']) }}

),
{%- endif %}

final as (

    select * from ledger
    {%- if is_incremental() %}
    where doc in (select doc from documents_to_restate)
    {%- endif %}

)

select * from final
