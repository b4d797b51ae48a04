{#-
    One row per park: canonical name (the longest name seen for it, ties
    broken alphabetically), every other spelling as an alias, and each
    attribute voted from the entity mentions (most frequent non-null value,
    see the most_frequent_value macro).
-#}

with

park_names as (

    select * from {{ ref('int_parks__names') }}

),

entity_mentions as (

    select * from {{ ref('stg_entity_mentions') }}

),

documents as (

    select * from {{ ref('stg_documents') }}

),

distinct_names as (

    select distinct
        park_key,
        park_id,
        name
    from park_names

),

canonical_names as (

    select
        park_key,
        park_id,
        name as park_name
    from (
        select
            distinct_names.*,
            row_number() over (
                partition by park_key
                order by length(name) desc, name
            ) as name_rank
        from distinct_names
    ) as ranked_names
    where name_rank = 1

),

alias_lists as (

    select
        distinct_names.park_key,
        array_agg(distinct distinct_names.name order by distinct_names.name) as aliases
    from distinct_names
    inner join canonical_names
        on distinct_names.park_key = canonical_names.park_key
    where distinct_names.name <> canonical_names.park_name
    group by distinct_names.park_key

),

document_counts as (

    select
        park_key,
        count(distinct doc) as n_documents
    from park_names
    group by park_key

),

attribute_votes as (

    select
        park_names.park_key,
        documents.doc_date,
        entity_mentions.entity_type,
        entity_mentions.level,
        entity_mentions.province,
        entity_mentions.city,
        entity_mentions.established_year
    from entity_mentions
    inner join park_names
        on entity_mentions.doc = park_names.doc
        and entity_mentions.entity = park_names.name
        and park_names.name_role = 'entity'
    left join documents
        on entity_mentions.doc = documents.doc

),

voted_entity_type as ({{ most_frequent_value('attribute_votes', 'park_key', 'entity_type') }}),
voted_level as ({{ most_frequent_value('attribute_votes', 'park_key', 'level') }}),
voted_province as ({{ most_frequent_value('attribute_votes', 'park_key', 'province') }}),
voted_city as ({{ most_frequent_value('attribute_votes', 'park_key', 'city') }}),
voted_established_year as ({{ most_frequent_value('attribute_votes', 'park_key', 'established_year') }}),

final as (

    select

        -- ids
        canonical_names.park_id,
        canonical_names.park_key,

        -- names
        canonical_names.park_name,
        coalesce(alias_lists.aliases, {{ empty_string_array() }}) as aliases,

        -- codes
        voted_entity_type.entity_type as park_type,
        voted_level.level,

        -- location
        voted_province.province,
        voted_city.city,

        -- dates
        voted_established_year.established_year,

        -- counts
        document_counts.n_documents

    from canonical_names
    left join alias_lists on canonical_names.park_key = alias_lists.park_key
    left join document_counts on canonical_names.park_key = document_counts.park_key
    left join voted_entity_type on canonical_names.park_key = voted_entity_type.park_key
    left join voted_level on canonical_names.park_key = voted_level.park_key
    left join voted_province on canonical_names.park_key = voted_province.park_key
    left join voted_city on canonical_names.park_key = voted_city.park_key
    left join voted_established_year on canonical_names.park_key = voted_established_year.park_key

)

select * from final
