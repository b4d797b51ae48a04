{#-
    Incremental keying by document, for the tables of mentions keyed to parks
    (int_metric_facts__keyed, int_industry_facts__keyed).

    A keyed row is a staged mention with the park its name belongs to. It
    changes when its document's content changes (a new sha256 staged) or when
    park resolution, which is global, gives one of the document's names to
    another park (a new document can list 'Pingshan' as an alias of
    'Pingshan District'). So a build keys again the documents in either case
    (delete+insert on doc) and drops the rows of documents no longer parsed
    (the staging tables' own post-hook). At 100,000 documents this is a
    million rows that were written again, with their fact keys hashed, by every
    build whatever changed.

    keyed_at is when the build that keyed a row started: the facts built from
    these rows (fct_park_metric, fct_park_industry) restate only the facts
    with a row keyed after they last built them.
-#}

{#- The staging tables' own configuration: delete+insert on doc, rows of documents no longer parsed dropped. -#}
{% macro keyed_by_document_config() %}
    {{ return(staged_by_document_config()) }}
{% endmacro %}


{#- The documents to key (again): staged since they were keyed, or with a name that changed park. -#}
{% macro documents_to_key(mentions, park_names) %}
    select staged.doc
    from (select distinct doc, sha256 from {{ mentions }}) as staged
    where not exists (
        select 1
        from (select distinct doc, sha256 from {{ this }}) as keyed
        where keyed.doc = staged.doc
            and keyed.sha256 = staged.sha256
    )

    union

    select keyed.doc
    from {{ this }} as keyed
    inner join {{ park_names }} as park_names
        on keyed.doc = park_names.doc
        and keyed.entity = park_names.name
        and park_names.name_role = 'entity'
    where keyed.park_key <> park_names.park_key
{% endmacro %}


{#- When this build started, as a timestamp: the same for every row it keys. -#}
{% macro keyed_at() -%}
    cast('{{ run_started_at.strftime("%Y-%m-%d %H:%M:%S.%f") }}' as timestamp)
{%- endmacro %}
