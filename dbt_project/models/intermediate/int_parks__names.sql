{#-
    Every name a document uses for an area, mapped to a park key.

    * Primary names: the entity of every entity, metric and industry mention.
    * Aliases: the aliases listed in entity mentions.

    A name's key is normalize_park_name(name). The park key of a row is the
    key of the primary name it belongs to, with one resolution hop across
    documents: when a primary name's key is used, somewhere, as an alias of
    exactly one other area (e.g. 'Pingshan' listed as an alias of 'Pingshan
    District'), the name belongs to that area. Links that would chain or
    loop (the target is itself redirected) are not followed.
-#}

with

entity_mentions as (

    select * from {{ ref('stg_entity_mentions') }}

),

metric_mentions as (

    select * from {{ ref('stg_metric_mentions') }}

),

industry_mentions as (

    select * from {{ ref('stg_industry_mentions') }}

),

primary_names as (

    select doc, entity from entity_mentions
    union
    select doc, entity from metric_mentions
    union
    select doc, entity from industry_mentions

),

alias_names as (

    select distinct
        entity_mentions.doc,
        entity_mentions.entity,
        listed.alias_name
    from entity_mentions
    cross join unnest(entity_mentions.aliases) as listed (alias_name)
    where listed.alias_name is not null
      and trim(listed.alias_name) <> ''

),

names as (

    select
        doc,
        entity,
        entity as name,
        'entity' as name_role
    from primary_names

    union all

    select
        doc,
        entity,
        alias_name as name,
        'alias' as name_role
    from alias_names

),

keyed as (

    select
        doc,
        entity,
        name,
        name_role,
        {{ normalize_park_name('entity') }} as entity_key,
        {{ normalize_park_name('name') }} as name_key
    from names

),

alias_links as (

    -- alias key -> the (different) key of the area it is an alias of
    select distinct
        name_key as from_key,
        entity_key as to_key
    from keyed
    where name_role = 'alias'
      and name_key <> entity_key

),

unambiguous_links as (

    select
        from_key,
        min(to_key) as to_key
    from alias_links
    group by from_key
    having count(distinct to_key) = 1

),

resolvable_links as (

    select unambiguous_links.*
    from unambiguous_links
    where not exists (
        select 1
        from unambiguous_links as onward
        where onward.from_key = unambiguous_links.to_key
    )

),

final as (

    select

        -- ids
        keyed.doc,
        coalesce(resolvable_links.to_key, keyed.entity_key) as park_key,
        {{ dbt.hash('coalesce(resolvable_links.to_key, keyed.entity_key)') }} as park_id,

        -- names
        keyed.entity,
        keyed.name,
        keyed.name_role,
        keyed.entity_key,
        keyed.name_key

    from keyed
    left join resolvable_links
        on keyed.entity_key = resolvable_links.from_key

)

select * from final
