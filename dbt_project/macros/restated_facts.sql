{#-
    Incremental facts, for the fact tables built from keyed mentions
    (fct_park_metric from int_metric_facts__keyed, fct_park_industry from
    int_industry_facts__keyed).

    A fact is built from all its mentions, in every document that states it.
    A build restates (delete+insert on the fact's key) only the facts whose
    mentions changed since the table last built them:
      * a fact with a mention keyed after the fact was built (keyed_at): a new
        or changed document, or a name that moved to this park;
      * a fact whose number of mentions changed: a deleted document, or a name
        that moved away;
      * a fact not built yet.
    Facts left with no mention are deleted after the insert. The rows of a
    restated fact are those a full build would write, so a full refresh gives
    the same table (tests/test_robustness.py compares them).
-#}

{% macro restated_facts_config(key, mentions_model) %}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': key,
        'on_schema_change': 'fail',
        'post_hook': "{{ drop_facts_no_longer_stated('" ~ key ~ "', '" ~ mentions_model ~ "') }}",
    }) }}
{% endmacro %}


{#- The keys of the facts to restate, from the keyed mentions (a relation or CTE) and this table. -#}
{% macro facts_to_restate(mentions, key) %}
    with stated as (

        select
            {{ key }} as fact_key,
            count(*) as n_mentions,
            max(keyed_at) as keyed_at
        from {{ mentions }}
        group by {{ key }}

    )

    select stated.fact_key
    from stated
    left join {{ this }} as built
        on stated.fact_key = built.{{ key }}
    where built.{{ key }} is null
        or stated.n_mentions <> built.n_mentions
        or stated.keyed_at > built.keyed_at
{% endmacro %}


{#- Post-hook: facts no mention states any more leave the table. -#}
{% macro drop_facts_no_longer_stated(key, mentions_model) %}
    {%- if is_incremental() %}
    delete from {{ this }} as built
    where not exists (
        select 1
        from {{ ref(mentions_model) }} as mentions
        where mentions.{{ key }} = built.{{ key }}
    )
    {%- endif %}
{% endmacro %}
