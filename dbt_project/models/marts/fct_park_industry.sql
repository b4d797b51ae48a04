{#-
    One row per park x industry with the strongest role any document gives
    it (leading > characteristic > emerging > present). The evidence kept is
    a mention with that role: latest doc_date first, then the document name
    sorting last, then the first statement in the document.
-#}

with

mentions as (

    select * from {{ ref('int_industry_facts__keyed') }}

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
        array_agg(distinct doc order by doc) as source_docs
    from mentions
    group by park_id, industry

),

final as (

    select

        -- ids
        {{ zonescope_key(['chosen.park_id', 'chosen.industry']) }} as park_industry_id,
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
        chosen.evidence

    from chosen
    inner join pair_sources
        on chosen.park_id = pair_sources.park_id
        and chosen.industry = pair_sources.industry

)

select * from final
