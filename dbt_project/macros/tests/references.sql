{#-
    A model's foreign keys, checked in one query: fails once for every value
    of a key column that its parent does not hold (nulls pass, as in SQL's
    own foreign keys). Each failing row names the column, the value, and how
    many rows carry it. A key may carry a `where` that limits the rows
    checked (a code the parent does not list by design, such as `other`).

        data_tests:
          - references:
              arguments:
                keys:
                  - {column: park_id, to: "ref('dim_park')", field: park_id}
                  - {column: metric, to: "ref('metrics')", field: metric, where: "metric <> 'other'"}

    Why one test for all of a model's keys rather than dbt's `relationships`
    on each column: every test is a node, and dbt spends about 0.1 s on a
    node whatever the size of the data (compiling, events, a connection).
    The sensor rebuilds the warehouse for every new document, so a third of
    the project's tests costing a third of its fixed time mattered more than
    one check per column in the lineage graph; the failing rows still say
    which column broke. Portable SQL: `not exists` and `union all`.
-#}
{% test references(model, keys) %}

{% for key in keys %}
select
    '{{ key.column }}' as key_column,
    cast(child.{{ key.column }} as {{ dbt.type_string() }}) as missing_value,
    count(*) as n_rows
from {{ model }} as child
where child.{{ key.column }} is not null
  {%- if key.where %}
  and ({{ key.where }})
  {%- endif %}
  and not exists (
      select 1
      from {{ key.to }} as parent
      where parent.{{ key.field }} = child.{{ key.column }}
  )
group by child.{{ key.column }}
{% if not loop.last %}
union all
{% endif %}
{% endfor %}

{% endtest %}
