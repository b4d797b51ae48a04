{#- An empty list of strings, used where a park has no alias. -#}
{% macro empty_string_array() %}
    {{ return(adapter.dispatch('empty_string_array', 'zonescope')()) }}
{% endmacro %}

{% macro default__empty_string_array() %}
    cast(array[] as {{ dbt.type_string() }} array)
{% endmacro %}

{% macro duckdb__empty_string_array() %}
    cast([] as varchar[])
{% endmacro %}
