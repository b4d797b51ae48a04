{#-
    One row per park x industry with the strongest role any document gives
    it (leading > characteristic > emerging > present). The evidence kept is
    a mention with that role: latest doc_date first, then the document name
    sorting last, then the first statement in the document.

    Incremental by fact (macros/restated_facts.sql): a build restates the
    park x industry facts whose mentions changed since it last built them.
-#}

{{ config(**restated_facts_config('park_industry_id', 'int_industry_facts__keyed')) }}

with

keyed_mentions as (

    select * from {{ ref('int_industry_facts__keyed') }}

),
{%- if is_incremental() %}

facts_to_restate as (

    {{ facts_to_restate('keyed_mentions', 'park_industry_id') }}

),
{%- endif %}

mentions as (

    select * from keyed_mentions
    {%- if is_incremental() %}
    where park_industry_id in (select fact_key from facts_to_restate)
    {%- endif %}

),

ranked as (

    select
        mentions.*,
        row_number() over (
            partition by park_id, industry
            order by role_rank, doc_date desc nulls last, doc desc, fact_seq
        ) as pick_rank
    from mentions

),

chosen as (

    select * from ranked
    where pick_rank = 1

),

pair_sources as (

    select
        park_id,
        industry,
        count(*) as n_mentions,
        count(distinct doc) as source_count,
        array_agg(distinct doc order by doc) as source_docs,
        max(keyed_at) as keyed_at
    from mentions
    group by park_id, industry

),

final as (

    select

        -- ids
        chosen.park_industry_id,
        chosen.park_id,

        -- codes
        chosen.industry,
        chosen.role,
        chosen.role_rank,

        -- sources
        pair_sources.n_mentions,
        pair_sources.source_count,
        pair_sources.source_docs,

        -- evidence (the chosen mention)
        chosen.industry_mention_id,
        chosen.doc,
        chosen.char_start,
        chosen.char_end,
        chosen.evidence,

        -- build
        pair_sources.keyed_at

    from chosen
    inner join pair_sources
        on chosen.park_id = pair_sources.park_id
        and chosen.industry = pair_sources.industry

)

select * from final
