{#-
    Every name a document uses for an area, mapped to a park key.

    * Primary names: the entity of every entity, metric and industry mention.
    * Aliases: the aliases listed in entity mentions.

    A name's key is normalize_park_name(name). The park key of a row is the
    key of the primary name it belongs to, with one resolution hop across
    documents: when a primary name's key is, somewhere, another name of
    exactly one other area, the name belongs to that area. Two kinds of link
    say "another name of":

    * listed aliases: 'Pingshan' listed as an alias of 'Pingshan District';
    * short forms: in one document, two zones of the same entity_type (not a
      district or `other`) where one key is a short form of the other
      (is_short_form_of macro), e.g. 'Yangling Demonstration Zone' and
      'Yangling Agricultural Hi-tech Industries Demonstration Zone'.

    Links that would chain or loop (the target is itself redirected) are not
    followed.
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

spelling_keys as (

    -- each spelling normalized once: a corpus repeats a few thousand spellings in a million rows
    select
        name,
        {{ normalize_park_name('name') }} as name_key
    from (select name from names union select entity from names) as spellings

),

keyed as (

    select
        names.doc,
        names.entity,
        names.name,
        names.name_role,
        entity_keys.name_key as entity_key,
        name_keys.name_key
    from names
    inner join spelling_keys as entity_keys
        on names.entity = entity_keys.name
    inner join spelling_keys as name_keys
        on names.name = name_keys.name

),

typed_zones as (

    select distinct
        entity_mentions.doc,
        entity_mentions.entity_type,
        spelling_keys.name_key as entity_key
    from entity_mentions
    inner join spelling_keys
        on entity_mentions.entity = spelling_keys.name
    where entity_mentions.entity_type is not null
      and entity_mentions.entity_type not in ('district', 'other')

),

short_form_links as (

    -- short key -> the longer key of a zone of the same type in the same document
    select distinct
        short_form.entity_key as from_key,
        long_form.entity_key as to_key
    from typed_zones as short_form
    inner join typed_zones as long_form
        on short_form.doc = long_form.doc
        and short_form.entity_type = long_form.entity_type
        and {{ is_short_form_of('short_form.entity_key', 'long_form.entity_key') }}

),

alias_links as (

    -- alias key -> the (different) key of the area it is an alias of
    select distinct
        name_key as from_key,
        entity_key as to_key
    from keyed
    where name_role = 'alias'
      and name_key <> entity_key

    union

    select
        from_key,
        to_key
    from short_form_links

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
