{#-
    True when the park key `short_key` is a short form of `long_key`: its words
    occur in `long_key` in the same order, as whole words, ending with the same
    last word (the designation), the keys differ and the short key has at
    least two words (a bare designation such as 'htz' is no one's short form).

        'yangling demonstration zone'  is a short form of  'yangling agricultural hi tech industries demonstration zone'
        'weihai htz'                   is a short form of  'weihai torch htz'
        'pingshan district'            is not one of       'pingshan htz'

    Portable: LIKE with the short key's spaces turned into ' % ' against the
    long key with its inner spaces doubled, so that '%' may also match nothing
    between two adjacent words.
-#}
{% macro is_short_form_of(short_key, long_key) %}
    (
        {{ short_key }} <> {{ long_key }}
        and {{ short_key }} like '% %'
        and ' ' || replace({{ long_key }}, ' ', '  ') || ' '
            like '% ' || replace({{ short_key }}, ' ', ' % ') || ' '
    )
{% endmacro %}
