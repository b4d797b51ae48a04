{#-
    Incremental staging by document, for the three tables of mentions.

    A mention belongs to one document and depends on nothing else, so a
    staging table of mentions only has to change where the folder changed:
    rows of a document are staged when its (doc, sha256) is not staged yet
    (a new file, or new content under an old name), replacing that
    document's rows (incremental_strategy delete+insert on doc), and rows
    whose (doc, sha256) is no longer among the parsed documents (a deleted
    file, changed content, a file now rejected) are deleted after the insert.
    At 100,000 documents each table holds up to a million rows; writing them
    again was most of what dbt's staging cost, every build, whatever changed.

    What a full refresh is for: a row's content depends on the model's SQL
    and on the extractor too. `zonescope build` passes --full-refresh when
    either changed since the warehouse was last built (orchestration/
    dbt_state.py); by hand, after changing either, run
    `zonescope dbt build --full-refresh`.
-#}

{% macro staged_by_document_config() %}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': 'doc',
        'on_schema_change': 'fail',
        'post_hook': "{{ unstage_documents_gone() }}",
    }) }}
{% endmacro %}


{#- The documents of a source of mentions to stage: those not staged yet with their content. -#}
{% macro not_yet_staged() %}
    doc in (
        select parsed.doc
        from {{ source('raw', 'parsed_documents') }} as parsed
        where not exists (
            select 1
            from {{ this }} as staged
            where staged.doc = parsed.doc
                and staged.sha256 = parsed.sha256
        )
    )
{% endmacro %}


{#- Post-hook: rows of a (doc, sha256) no longer parsed leave the table. -#}
{% macro unstage_documents_gone() %}
    {%- if is_incremental() %}
    delete from {{ this }} as staged
    where not exists (
        select 1
        from {{ source('raw', 'parsed_documents') }} as parsed
        where parsed.doc = staged.doc
            and parsed.sha256 = staged.sha256
    )
    {%- endif %}
{% endmacro %}
