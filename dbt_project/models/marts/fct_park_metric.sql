{#-
    One row per metric fact: park x metric x industry x period_start x
    period_end x kind, however many documents state it.

    Which statement is kept (the "chosen" mention) - written rule:
      1. the document with the latest doc_date wins (undated documents last);
      2. ties go to the document whose name sorts last;
      3. within one document, the first statement (lowest fact_seq) wins.
    The chosen mention gives value, unit, yoy_pct, qualifier and the path to
    the evidence (doc, char_start, char_end, evidence).

    has_conflict: the mentions of the fact disagree - their non-null values
    differ by more than 0.5 % of the largest one, or they use more than one unit.

    Money in two currencies: value_cny is the value in yuan - as stated for
    CNY, converted at the annual average CNY/USD rate of the period's year
    (stg_cny_usd_rates) for USD. A period spanning several years, an undated
    figure or a year without a rate has no rate: value_cny stays null for USD.

    Incremental by fact (macros/restated_facts.sql): a build restates the
    facts whose mentions changed since it last built them.
-#}

{{ config(**restated_facts_config('fact_id', 'int_metric_facts__keyed')) }}

with

keyed_mentions as (

    select * from {{ ref('int_metric_facts__keyed') }}

),
{%- if is_incremental() %}

facts_to_restate as (

    {{ facts_to_restate('keyed_mentions', 'fact_id') }}

),
{%- endif %}

mentions as (

    select * from keyed_mentions
    {%- if is_incremental() %}
    where fact_id in (select fact_key from facts_to_restate)
    {%- endif %}

),

ranked as (

    -- only the columns the rule reads: sorting whole rows for a window cost twice as much
    select
        metric_mention_id,
        row_number() over (
            partition by fact_id
            order by doc_date desc nulls last, doc desc, fact_seq
        ) as pick_rank
    from mentions

),

chosen as (

    select mentions.*
    from mentions
    inner join ranked
        on mentions.metric_mention_id = ranked.metric_mention_id
    where ranked.pick_rank = 1

),

mention_evidence as (

    -- the text of a mention, joined for the one mention each fact keeps: copied through
    -- int_metric_facts__keyed and the ranking above, a million sentences cost about a second a model
    select metric_mention_id, evidence from {{ ref('stg_metric_mentions') }}

),

rates as (

    select * from {{ ref('stg_cny_usd_rates') }}

),

fact_sources as (

    select
        fact_id,
        count(*) as n_mentions,
        count(distinct doc) as source_count,
        array_agg(distinct doc order by doc) as source_docs,
        min(value) as min_value,
        max(value) as max_value,
        count(distinct unit) as n_units,
        max(keyed_at) as keyed_at
    from mentions
    group by fact_id

),

final as (

    select

        -- ids
        chosen.fact_id,
        chosen.park_id,

        -- codes
        chosen.metric,
        chosen.industry,
        chosen.kind,
        chosen.qualifier,
        chosen.unit,

        -- periods
        chosen.period_start_month,
        chosen.period_end_month,
        chosen.period_grain,
        chosen.period_label,
        chosen.fiscal_year,

        -- amounts
        chosen.value,
        chosen.yoy_pct,

        -- currency conversion
        {{ unit_family('chosen.unit') }} as unit_family,
        rates.cny_per_usd,
        case
            when chosen.unit = 'CNY' then chosen.value
            when chosen.unit = 'USD' then chosen.value * rates.cny_per_usd
        end as value_cny,

        -- sources
        fact_sources.source_count,
        fact_sources.n_mentions,
        fact_sources.source_docs,
        (
            fact_sources.n_units > 1
            or coalesce(
                fact_sources.max_value - fact_sources.min_value
                    > 0.005 * greatest(abs(fact_sources.max_value), abs(fact_sources.min_value)),
                false
            )
        ) as has_conflict,

        -- evidence (the chosen mention)
        chosen.metric_mention_id,
        chosen.doc,
        chosen.doc_date,
        chosen.char_start,
        chosen.char_end,
        mention_evidence.evidence,

        -- build
        fact_sources.keyed_at

    from chosen
    inner join fact_sources
        on chosen.fact_id = fact_sources.fact_id
    inner join mention_evidence
        on chosen.metric_mention_id = mention_evidence.metric_mention_id
    left join rates
        on chosen.fiscal_year = rates.year
        and chosen.unit in ('CNY', 'USD')
        and chosen.period_grain not in ('multi_year', 'undated', 'open_ended')

)

select * from final
