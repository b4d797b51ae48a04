{#-
    Stable surrogate key: md5 over the listed expressions, each cast to text,
    nulls spelled '_null_' and fields joined by '|'. Same inputs -> same key on
    every run and every warehouse.
-#}
{% macro zonescope_key(fields) %}
    {%- set parts = [] -%}
    {%- for field in fields -%}
        {%- do parts.append("coalesce(cast(" ~ field ~ " as " ~ dbt.type_string() ~ "), '_null_')") -%}
        {%- if not loop.last -%}{%- do parts.append("'|'") -%}{%- endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{% endmacro %}
