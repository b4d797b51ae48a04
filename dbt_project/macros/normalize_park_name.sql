{#-
    Turn a park / zone name into a matching key, so that the spellings a
    document uses for one area collapse to one value:

        'The Pingxiang Economic and Technological Development Zone' -> 'pingxiang etdz'
        'Pingxiang Economic Development Zone'                       -> 'pingxiang etdz'
        'Ningxiang Hi-Tech Zone'                                    -> 'ningxiang htz'

    Steps: lower case; every run of non-alphanumerics becomes one space (so
    'high-tech' and 'high tech' read alike); the text is padded with spaces so
    that the phrase replacements below only ever match whole words; long zone
    designations become 'etdz' / 'htz'; a leading 'the ' is dropped; trim.
-#}

{% macro park_name_phrases() %}
    {{ return([
        ('economic and technological development zone', 'etdz'),
        ('economic technological development zone', 'etdz'),
        ('economic development zone', 'etdz'),
        ('high tech industrial development zone', 'htz'),
        ('hi tech industrial development zone', 'htz'),
        ('high tech zone', 'htz'),
        ('hi tech zone', 'htz'),
    ]) }}
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
    {{ return("trim(regexp_replace(" ~ ns.expr ~ ", '^ the ', ' '))") }}
{% endmacro %}
