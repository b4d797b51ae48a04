{#- Fails on every row whose period starts after it ends (nulls pass). -#}
{% test period_start_not_after_end(model, start_column, end_column) %}

select *
from {{ model }}
where {{ start_column }} is not null
  and {{ end_column }} is not null
  and {{ start_column }} > {{ end_column }}

{% endtest %}
