{#-
    Fails once for every group (combination of group_by_columns) in which
    column_name takes more than one distinct value (nulls count as a value).
    Used to prove that a ranking group never mixes units or unit families.
-#}
{% test single_value_per_group(model, column_name, group_by_columns) %}

select
    {{ group_by_columns | join(', ') }},
    count(distinct coalesce(cast({{ column_name }} as {{ dbt.type_string() }}), '_null_')) as n_values
from {{ model }}
group by {{ group_by_columns | join(', ') }}
having count(distinct coalesce(cast({{ column_name }} as {{ dbt.type_string() }}), '_null_')) > 1

{% endtest %}
