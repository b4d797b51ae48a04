{#-
    Incremental marts restated by group, for the marts whose rows depend on
    other rows of the same group: the growth of a fact on the park's other
    facts (mart_park_growth, grouped by park), a rank on every park of the
    league table (mart_park_rankings, grouped by ranking_group_id); and the
    ledger (mart_document_ledger), whose groups are its files.

    A mart row is written from its inputs (the fact, its park's name and
    area, its growth), and every input it is written from is one of its own
    columns. So the groups to restate can be found by comparing the inputs
    as they are now with the columns the mart holds: a group with an input
    row the mart does not hold (a new or changed fact, a renamed park), or a
    mart row whose inputs are gone or changed, is written again, whole
    (delete+insert on the group's key). Nothing else is kept: no timestamps,
    no watermark, and a mart that drifted for any reason heals at the next
    build. A group left with no input at all gets no new rows, so each model
    has a post-hook that drops rows no input stands for any more.

    At 100,000 documents one added document restates a few groups of
    hundreds; rewriting the whole mart (and its primary key) was most of
    each of these models' time. tests/test_robustness.py compares the marts
    with a rebuild from nothing after additions, changes and deletions.
-#}

{% macro restated_groups_config(group_key, post_hook) %}
    {{ return({
        'materialized': 'incremental',
        'incremental_strategy': 'delete+insert',
        'unique_key': group_key,
        'on_schema_change': 'fail',
        'post_hook': post_hook,
    }) }}
{% endmacro %}


{#- The keys of the groups whose inputs (a relation or CTE with the mart's own column names) differ from the mart's rows. -#}
{% macro groups_to_restate(inputs, group_key, columns) %}
    {%- set listed = columns | join(', ') %}
    select {{ group_key }}
    from (
        select {{ listed }} from {{ inputs }}
        except
        select {{ listed }} from {{ this }}
    ) as new_or_changed

    union

    select {{ group_key }}
    from (
        select {{ listed }} from {{ this }}
        except
        select {{ listed }} from {{ inputs }}
    ) as changed_or_gone
{% endmacro %}
