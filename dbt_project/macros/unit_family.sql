{#-
    The family of a unit: amounts in different units of one family can be
    compared after conversion (CNY and USD are both `money`); amounts of
    different families never can.

        CNY, USD -> money    count -> count    km2 -> area    persons -> persons
-#}
{% macro unit_family(unit_col) %}
    case {{ unit_col }}
        when 'CNY' then 'money'
        when 'USD' then 'money'
        when 'count' then 'count'
        when 'km2' then 'area'
        when 'persons' then 'persons'
    end
{% endmacro %}
