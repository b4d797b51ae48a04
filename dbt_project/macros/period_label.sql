{#-
    A human label for a period, from its first and last month (dates of the
    first day of the month) and its period_grain:

        full_year             '2021'
        first_half            '2021 H1'
        first_three_quarters  '2021 Jan-Sep'
        year_to_month         '2017 Jan-Nov'
        month                 '2021 Mar'
        partial_year          '2021 Apr-Jun'
        multi_year            '2021-2025' (whole years) or 'Jul 2020-Jun 2021'
        point_in_time         'as of 2017-11'
        open_ended            'from 2021-03'
        undated               'undated'

    Portable SQL only: extract, cast, case and ||.
-#}
{% macro period_label(start_col, end_col, grain_col) %}
    case {{ grain_col }}
        when 'undated' then 'undated'
        when 'point_in_time' then 'as of ' || {{ zonescope._year_month_text(end_col) }}
        when 'open_ended' then 'from ' || {{ zonescope._year_month_text(start_col) }}
        when 'full_year' then {{ zonescope._year_text(end_col) }}
        when 'first_half' then {{ zonescope._year_text(end_col) }} || ' H1'
        when 'month' then {{ zonescope._year_text(end_col) }} || ' ' || {{ zonescope._month_abbr(end_col) }}
        when 'multi_year' then
            case
                when extract(month from {{ start_col }}) = 1 and extract(month from {{ end_col }}) = 12
                    then {{ zonescope._year_text(start_col) }} || '-' || {{ zonescope._year_text(end_col) }}
                else {{ zonescope._month_abbr(start_col) }} || ' ' || {{ zonescope._year_text(start_col) }}
                    || '-' || {{ zonescope._month_abbr(end_col) }} || ' ' || {{ zonescope._year_text(end_col) }}
            end
        else
            {{ zonescope._year_text(end_col) }} || ' '
            || {{ zonescope._month_abbr(start_col) }} || '-' || {{ zonescope._month_abbr(end_col) }}
    end
{% endmacro %}

{% macro _year_text(col) -%}
    cast(cast(extract(year from {{ col }}) as integer) as {{ dbt.type_string() }})
{%- endmacro %}

{% macro _year_month_text(col) -%}
    {{ zonescope._year_text(col) }} || '-'
    || case when extract(month from {{ col }}) < 10 then '0' else '' end
    || cast(cast(extract(month from {{ col }}) as integer) as {{ dbt.type_string() }})
{%- endmacro %}

{% macro _month_abbr(col) -%}
    {%- set months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] -%}
    case cast(extract(month from {{ col }}) as integer)
        {%- for month in months %}
        when {{ loop.index }} then '{{ month }}'
        {%- endfor %}
    end
{%- endmacro %}
