{#-
    Turn a park / zone name into a matching key, so that the spellings a
    document uses for one area collapse to one value:

        'The Pingxiang Economic and Technological Development Zone' -> 'pingxiang etdz'
        'Pingxiang Economic Development Zone'                       -> 'pingxiang etdz'
        'Ningxiang Hi-Tech Zone'                                    -> 'ningxiang htz'

        'Hefei National High-tech Industrial Development Zone'      -> 'hefei htz'
        'Why Weihai Hi-tech Zone' (a heading read as a name)        -> 'weihai htz'

    Steps: lower case; every run of non-alphanumerics becomes one space (so
    'high-tech' and 'high tech' read alike); the text is padded with spaces so
    that the phrase replacements below only ever match whole words; long zone
    designations become 'etdz' / 'htz' ('national' before a designation is
    dropped: it is part of the title, not of the place); one leading word that
    is never part of a place name ('the', 'why', 'about', ...) is dropped; trim.
-#}

{#- Longest phrases first: the first replacement that matches wins. -#}
{% macro park_name_phrases() %}
    {{ return([
        ('national economic and technological development zone', 'etdz'),
        ('national high tech industrial development zone', 'htz'),
        ('national hi tech industrial development zone', 'htz'),
        ('national high tech zone', 'htz'),
        ('national hi tech zone', 'htz'),
        ('economic and technological development zone', 'etdz'),
        ('economic technological development zone', 'etdz'),
        ('economic development zone', 'etdz'),
        ('high tech industrial development zone', 'htz'),
        ('hi tech industrial development zone', 'htz'),
        ('high tech development zone', 'htz'),
        ('hi tech development zone', 'htz'),
        ('high tech zone', 'htz'),
        ('hi tech zone', 'htz'),
    ]) }}
{% endmacro %}

{#- Leading words of a heading or sentence, never part of a park's name. -#}
{% macro park_name_leading_words() %}
    {{ return(['the', 'why', 'about', 'welcome to', 'invest in', 'introducing']) }}
{% endmacro %}

{% macro normalize_park_name(col) %}
    {{ return(adapter.dispatch('normalize_park_name', 'zonescope')(col)) }}
{% endmacro %}

{% macro default__normalize_park_name(col) %}
    {{ return(zonescope._normalize_park_name(col, '[^a-z0-9]+')) }}
{% endmacro %}

{#- DuckDB: keep letters and digits of any script (RE2 Unicode classes). -#}
{% macro duckdb__normalize_park_name(col) %}
    {{ return(zonescope._normalize_park_name(col, '[^\\p{L}\\p{N}]+')) }}
{% endmacro %}

{% macro _normalize_park_name(col, non_alnum_pattern) %}
    {%- set ns = namespace(
        expr="' ' || trim(regexp_replace(lower(" ~ col ~ "), '" ~ non_alnum_pattern ~ "', ' ', 'g')) || ' '"
    ) -%}
    {%- for phrase, short in zonescope.park_name_phrases() -%}
        {%- set ns.expr = "replace(" ~ ns.expr ~ ", ' " ~ phrase ~ " ', ' " ~ short ~ " ')" -%}
    {%- endfor -%}
    {{ return("trim(regexp_replace(" ~ ns.expr ~ ", '^ (" ~ zonescope.park_name_leading_words() | join('|') ~ ") ', ' '))") }}
{% endmacro %}
