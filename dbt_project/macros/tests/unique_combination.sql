{#-
    Fails once for every combination of the columns that occurs more than
    once. Nulls compare equal (group by), so the test is null-safe.
-#}
{% test unique_combination(model, combination_of_columns) %}

select
    {{ combination_of_columns | join(', ') }},
    count(*) as n_rows
from {{ model }}
group by {{ combination_of_columns | join(', ') }}
having count(*) > 1

{% endtest %}
