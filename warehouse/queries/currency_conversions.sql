-- Currency conversions: which ranked money figures were stated in USD, and how
-- were they brought to CNY (annual average CNY/USD rate of the year, NBS) -
-- or why were they left in USD and ranked apart?
-- Run: zonescope sql --file warehouse/queries/currency_conversions.sql

select
    r.metric,
    r.park_name,
    r.period_label,
    r.stated_value,
    r.stated_unit,
    r.cny_per_usd,
    r.value as value_ranked,
    r.unit as unit_ranked,
    r.value_rank,
    r.n_parks_ranked,
    r.conversion_note
from mart_park_rankings as r
where r.stated_unit = 'USD'
order by r.metric, r.fiscal_year nulls last, r.period_label, r.value_rank
