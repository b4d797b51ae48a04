{#-
    Which facts (or files) a mart has rows for, written once for the model
    that builds the rows and for its post-hook that drops the rows nothing
    stands for any more (macros/restated_groups.sql).
-#}

{#- A fact has a growth row when it is an actual figure with a period or a stated growth. -#}
{% macro has_growth_row(facts) -%}
    {{ facts }}.kind = 'actual'
    and ({{ facts }}.period_end_month is not null or {{ facts }}.yoy_pct is not null)
{%- endmacro %}


{#- Post-hook of mart_park_growth: rows of facts gone, moved to another park, or with no growth row now. -#}
{% macro drop_growth_of_facts_gone() %}
    {%- if is_incremental() %}
    delete from {{ this }} as built
    where not exists (
        select 1
        from {{ ref('fct_park_metric') }} as metric_facts
        where metric_facts.fact_id = built.fact_id
            and metric_facts.park_id = built.park_id
            and {{ has_growth_row('metric_facts') }}
    )
    {%- endif %}
{% endmacro %}


{#-
    The facts a league table ranks, with what they are ranked on: actual
    figures with a value (undated flows belong to no year and are left out);
    money on its CNY value where it has one (ranking_unit, ranking_value);
    a flow in its exact period, a stock in its year (ranking_period).
-#}
{% macro valued_metric_facts(facts, metrics) %}
    select
        metric_facts.*,
        metrics.is_flow,
        case
            when metric_facts.unit_family = 'money' and metric_facts.value_cny is not null then 'CNY'
            else metric_facts.unit
        end as ranking_unit,
        case
            when metric_facts.unit_family = 'money' and metric_facts.value_cny is not null then metric_facts.value_cny
            else metric_facts.value
        end as ranking_value,
        case
            when metrics.is_flow then metric_facts.period_label
            when metric_facts.fiscal_year is null then 'undated'
            else cast(metric_facts.fiscal_year as {{ dbt.type_string() }})
        end as ranking_period
    from {{ facts }} as metric_facts
    inner join {{ metrics }} as metrics
        on metric_facts.metric = metrics.metric
    where metric_facts.kind = 'actual'
      and metric_facts.value is not null
      and not (metrics.is_flow and metric_facts.period_grain = 'undated')
{% endmacro %}


{#- The key of a fact's league table: metric x industry x period grain x ranking period x unit. -#}
{% macro ranking_group_key(facts) -%}
    {{ zonescope_key([facts ~ '.metric', facts ~ '.industry', facts ~ '.period_grain', facts ~ '.ranking_period',
                      facts ~ '.ranking_unit']) }}
{%- endmacro %}


{#- Post-hook of mart_park_rankings: the rows of league tables no fact is ranked in any more. -#}
{% macro drop_rankings_of_groups_gone() %}
    {%- if is_incremental() %}
    delete from {{ this }} as built
    where built.ranking_group_id not in (
        select {{ ranking_group_key('valued_facts') }}
        from ({{ valued_metric_facts(ref('fct_park_metric'), ref('dim_metric')) }}) as valued_facts
    )
    {%- endif %}
{% endmacro %}


{#- Post-hook of mart_document_ledger: the rows of files no longer in the folder. -#}
{% macro drop_ledger_rows_of_files_gone() %}
    {%- if is_incremental() %}
    delete from {{ this }} as built
    where not exists (
        select 1
        from {{ ref('stg_documents') }} as documents
        where documents.doc = built.doc
    )
    {%- endif %}
{% endmacro %}
