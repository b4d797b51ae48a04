{#- Fails on every row where the boolean expression is false or null. -#}
{% test expression_is_true(model, expression, column_name=None) %}

select *
from {{ model }}
where not coalesce(({{ expression }}), false)

{% endtest %}
