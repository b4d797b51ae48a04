{#-
    Select one row per key holding the most frequent non-null value of a
    column. Ties go to the value seen in the most recent document (by
    doc_date), then to the smallest value. The relation must have columns
    key_column, column and doc_date.
-#}
{% macro most_frequent_value(relation, key_column, column) %}
    select
        {{ key_column }},
        {{ column }}
    from (
        select
            {{ key_column }},
            {{ column }},
            row_number() over (
                partition by {{ key_column }}
                order by count(*) desc, max(doc_date) desc nulls last, {{ column }}
            ) as vote_rank
        from {{ relation }}
        where {{ column }} is not null
        group by {{ key_column }}, {{ column }}
    ) as votes
    where vote_rank = 1
{% endmacro %}
