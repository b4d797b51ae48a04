{#-
    One row per calendar year that any metric fact's period touches (every
    year from period start to period end), with the Five-Year Plan it falls in
    and the year's annual average CNY/USD rate (stg_cny_usd_rates) if known.
-#}

with

metric_facts as (

    select * from {{ ref('int_metric_facts__keyed') }}

),

rates as (

    select * from {{ ref('stg_cny_usd_rates') }}

),

digits as (

    select digit from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) as d (digit)

),

year_offsets as (

    select hundreds.digit * 100 + tens.digit * 10 + ones.digit as year_offset
    from digits as hundreds
    cross join digits as tens
    cross join digits as ones

),

period_years as (

    select distinct
        cast(extract(year from coalesce(period_start_month, period_end_month)) as integer) as first_year,
        cast(extract(year from coalesce(period_end_month, period_start_month)) as integer) as last_year
    from metric_facts
    where coalesce(period_start_month, period_end_month) is not null

),

years as (

    select distinct
        period_years.first_year + year_offsets.year_offset as calendar_year
    from period_years
    inner join year_offsets
        on period_years.first_year + year_offsets.year_offset <= period_years.last_year

),

plans as (

    select
        calendar_year,
        case
            when calendar_year between 2006 and 2010 then 11
            when calendar_year between 2011 and 2015 then 12
            when calendar_year between 2016 and 2020 then 13
            when calendar_year between 2021 and 2025 then 14
            when calendar_year between 2026 and 2030 then 15
        end as five_year_plan_number
    from years

),

final as (

    select

        -- ids
        calendar_year as year,

        -- five-year plan
        five_year_plan_number,
        cast(five_year_plan_number as {{ dbt.type_string() }}) || 'th Five-Year Plan' as five_year_plan,
        2006 + (five_year_plan_number - 11) * 5 as plan_start_year,
        2010 + (five_year_plan_number - 11) * 5 as plan_end_year,
        calendar_year - (2006 + (five_year_plan_number - 11) * 5) + 1 as plan_year_index,

        -- currency
        rates.cny_per_usd

    from plans
    left join rates
        on plans.calendar_year = rates.year

)

select * from final
