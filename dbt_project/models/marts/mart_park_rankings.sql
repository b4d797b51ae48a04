{#-
    League tables of comparable figures.

    Ranking group: metric x industry x period grain x ranking period x unit.
    * ranking_period: for a flow, its exact period (period_label: '2021',
      '2021 H1', '2017 Jan-Nov'), so that only the same months are compared;
      for a stock, the year it is counted in ('2023'), or 'undated' for stocks
      with no date. Undated flows are not ranked (they belong to no year).
    * unit: money is ranked in CNY - a USD figure is converted at the annual
      average CNY/USD rate of its year (fct_park_metric.value_cny). A USD
      figure without a rate stays in USD and is ranked only against other
      unconverted USD figures (conversion_status, conversion_note). So one
      group never holds two units or two unit families.
    A park with several facts in a group keeps its latest period.

    Ranks use rank(): ties share a rank and the next rank is skipped.
    * value_rank: by value, descending, among the group's parks;
    * growth_rank: by growth_pct (stated yoy, else computed) among the parks
      that have one;
    * province_*: the same within the park's province (null when unknown);
    * intensity_rank: by value per km2 of the park's latest known area, for
      park-wide money flows (output, revenue, ...) of parks with an area.

    Incremental by ranking group (macros/restated_groups.sql): a rank reads
    every park of its group and nothing outside it, so a build restates the
    groups whose rows' inputs (facts, parks' names, provinces and areas,
    growth) differ from the rows the mart holds.
-#}

{{ config(**restated_groups_config('ranking_group_id', post_hook="{{ drop_rankings_of_groups_gone() }}")) }}

with

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

parks as (

    select * from {{ ref('dim_park') }}

),

metrics as (

    select * from {{ ref('dim_metric') }}

),

growth as (

    select * from {{ ref('mart_park_growth') }}

),

valued_facts as (

    {{ valued_metric_facts('metric_facts', 'metrics') }}

),

picked as (

    select
        valued_facts.*,
        row_number() over (
            partition by park_id, metric, industry, period_grain, ranking_period, ranking_unit
            order by period_end_month desc nulls last, period_start_month desc nulls last
        ) as period_pick
    from valued_facts

),

ranking_facts as (

    select
        picked.*,
        parks.park_name,
        parks.province,
        parks.area_km2,
        growth.growth_pct,
        growth.growth_source,
        case
            when picked.is_flow
                and picked.unit_family = 'money'
                and picked.industry is null
                and parks.area_km2 > 0
                then round(picked.ranking_value / parks.area_km2, 2)
        end as value_per_km2,
        {{ ranking_group_key('picked') }} as ranking_group_id
    from picked
    left join parks
        on picked.park_id = parks.park_id
    left join growth
        on picked.fact_id = growth.fact_id
    where picked.period_pick = 1

),
{%- if is_incremental() %}

ranking_inputs as (

    -- what a row is written from, under the mart's own column names
    select
        ranking_group_id,
        fact_id,
        park_id,
        park_name,
        metric,
        industry,
        period_grain,
        fiscal_year,
        ranking_period,
        unit_family,
        ranking_unit as unit,
        period_label,
        period_start_month,
        period_end_month,
        ranking_value as value,
        value as stated_value,
        unit as stated_unit,
        case when unit = 'USD' and ranking_unit = 'CNY' then cny_per_usd end as cny_per_usd,
        yoy_pct,
        growth_pct,
        growth_source,
        province,
        area_km2,
        value_per_km2
    from ranking_facts

),

groups_to_restate as (

    {{ groups_to_restate('ranking_inputs', 'ranking_group_id', [
        'ranking_group_id', 'fact_id', 'park_id', 'park_name', 'metric', 'industry', 'period_grain', 'fiscal_year',
        'ranking_period', 'unit_family', 'unit', 'period_label', 'period_start_month', 'period_end_month', 'value',
        'stated_value', 'stated_unit', 'cny_per_usd', 'yoy_pct', 'growth_pct', 'growth_source', 'province',
        'area_km2', 'value_per_km2']) }}

),
{%- endif %}

group_facts as (

    select * from ranking_facts
    {%- if is_incremental() %}
    where ranking_group_id in (select ranking_group_id from groups_to_restate)
    {%- endif %}

),

ranked as (

    select
        group_facts.*,

        -- by level
        rank() over (
            partition by metric, industry, period_grain, ranking_period, ranking_unit
            order by ranking_value desc
        ) as value_rank,
        count(*) over (
            partition by metric, industry, period_grain, ranking_period, ranking_unit
        ) as n_parks_ranked,

        -- by growth
        case when growth_pct is not null then
            rank() over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit,
                    case when growth_pct is null then 1 else 0 end
                order by growth_pct desc
            )
        end as growth_rank,
        count(growth_pct) over (
            partition by metric, industry, period_grain, ranking_period, ranking_unit
        ) as n_parks_with_growth,

        -- within the province
        case when province is not null then
            rank() over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit, province
                order by ranking_value desc
            )
        end as province_value_rank,
        case when province is not null then
            count(*) over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit, province
            )
        end as n_parks_in_province,
        case when province is not null and growth_pct is not null then
            rank() over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit, province,
                    case when growth_pct is null then 1 else 0 end
                order by growth_pct desc
            )
        end as province_growth_rank,
        case when province is not null then
            count(growth_pct) over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit, province
            )
        end as n_parks_in_province_with_growth,

        -- by value per km2
        case when value_per_km2 is not null then
            rank() over (
                partition by metric, industry, period_grain, ranking_period, ranking_unit,
                    case when value_per_km2 is null then 1 else 0 end
                order by value_per_km2 desc
            )
        end as intensity_rank,
        count(value_per_km2) over (
            partition by metric, industry, period_grain, ranking_period, ranking_unit
        ) as n_parks_with_intensity

    from group_facts

),

final as (

    select

        -- ids
        {{ zonescope_key(['park_id', 'metric', 'industry', 'period_grain', 'ranking_period', 'ranking_unit']) }} as ranking_id,
        fact_id,
        park_id,
        park_name,

        -- ranking group
        ranking_group_id,
        metric,
        industry,
        period_grain,
        fiscal_year,
        ranking_period,
        unit_family,
        ranked.ranking_unit as unit,

        -- periods
        period_label,
        period_start_month,
        period_end_month,

        -- amounts (value in unit; as stated in stated_value, stated_unit)
        ranked.ranking_value as value,
        ranked.value as stated_value,
        ranked.unit as stated_unit,

        -- currency conversion
        case
            when unit_family <> 'money' then 'not_money'
            when ranked.unit = 'CNY' then 'stated_in_cny'
            when ranking_unit = 'CNY' then 'converted_from_usd'
            else 'usd_not_converted'
        end as conversion_status,
        case when ranked.unit = 'USD' and ranking_unit = 'CNY' then cny_per_usd end as cny_per_usd,
        case
            when unit_family <> 'money' then null
            when ranked.unit = 'CNY' then 'stated in CNY'
            when ranking_unit = 'CNY' then
                'converted from USD at ' || cast(cny_per_usd as {{ dbt.type_string() }})
                || ' CNY/USD, the ' || cast(fiscal_year as {{ dbt.type_string() }})
                || ' annual average (NBS Statistical Communique)'
            when fiscal_year is null then
                'not converted: an undated USD figure has no CNY/USD rate; ranked only against USD figures'
            when period_grain = 'multi_year' then
                'not converted: a multi-year USD figure has no single CNY/USD rate; ranked only against USD figures'
            else
                'not converted: no CNY/USD rate for ' || cast(fiscal_year as {{ dbt.type_string() }})
                || '; ranked only against USD figures'
        end as conversion_note,

        -- growth
        yoy_pct,
        growth_pct,
        growth_source,

        -- ranks by level
        value_rank,
        n_parks_ranked,

        -- ranks by growth
        growth_rank,
        n_parks_with_growth,

        -- ranks within the province
        province,
        province_value_rank,
        n_parks_in_province,
        province_growth_rank,
        n_parks_in_province_with_growth,

        -- value per km2 of the park's area
        area_km2,
        value_per_km2,
        intensity_rank,
        n_parks_with_intensity

    from ranked

)

select * from final
