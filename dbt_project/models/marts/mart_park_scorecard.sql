{#-
    One row per park: who it is, its latest key figures (each with its period
    label), its latest growth, its ranks and its leading industries.

    Latest figure of a park for a key metric - written rule: park-wide
    (industry null) actuals with a value; the latest year first (undated
    last), within a year a full-year figure before a partial one, then the
    latest period end, then the latest document. "Output" is total industrial
    output value, or the output above designated size when that is the later
    (or only) figure - output_metric says which.

    Ranks are those of the very figure shown (mart_park_rankings, by fact_id).
-#}

{%- set figures = ['output', 'operating_revenue', 'gdp', 'fiscal_revenue', 'enterprises', 'high_tech_enterprises'] -%}
{%- set ranked_figures = ['output', 'operating_revenue', 'gdp'] -%}

with

parks as (

    select * from {{ ref('dim_park') }}

),

metric_facts as (

    select * from {{ ref('fct_park_metric') }}

),

growth as (

    select * from {{ ref('mart_park_growth') }}

),

rankings as (

    select * from {{ ref('mart_park_rankings') }}

),

park_industries as (

    select * from {{ ref('fct_park_industry') }}

),

industries as (

    select * from {{ ref('dim_industry') }}

),

key_facts as (

    select
        metric_facts.*,
        case
            when metric in ('industrial_output', 'industrial_output_above_size') then 'output'
            else metric
        end as figure
    from metric_facts
    where kind = 'actual'
      and value is not null
      and industry is null
      and metric in (
          'industrial_output', 'industrial_output_above_size', 'operating_revenue',
          'gdp', 'fiscal_revenue', 'enterprises', 'high_tech_enterprises'
      )

),

latest_facts as (

    select * from (
        select
            key_facts.*,
            row_number() over (
                partition by park_id, figure
                order by
                    fiscal_year desc nulls last,
                    case when period_grain = 'full_year' then 0 else 1 end,
                    period_end_month desc nulls last,
                    case when metric = 'industrial_output' then 0 else 1 end,
                    doc_date desc nulls last,
                    fact_id
            ) as figure_pick
        from key_facts
    ) as picked
    where figure_pick = 1

),

latest_figures as (

    select
        latest_facts.park_id,
        {%- for figure in figures %}
        max(case when latest_facts.figure = '{{ figure }}' then latest_facts.fact_id end) as {{ figure }}_fact_id,
        max(case when latest_facts.figure = '{{ figure }}' then latest_facts.value end) as {{ figure }}_value,
        max(case when latest_facts.figure = '{{ figure }}' then latest_facts.unit end) as {{ figure }}_unit,
        max(case when latest_facts.figure = '{{ figure }}' then latest_facts.period_label end) as {{ figure }}_period_label,
        {%- endfor %}
        max(case when latest_facts.figure = 'output' then latest_facts.metric end) as output_metric
    from latest_facts
    group by latest_facts.park_id

),

latest_growth as (

    -- the latest park-wide growth of any metric; ties go to output, then revenue, then GDP
    select * from (
        select
            growth.*,
            row_number() over (
                partition by park_id
                order by
                    period_end_month desc nulls last,
                    case when period_grain = 'full_year' then 0 else 1 end,
                    case metric
                        when 'industrial_output' then 1
                        when 'industrial_output_above_size' then 2
                        when 'industrial_added_value_above_size' then 3
                        when 'industrial_added_value' then 4
                        when 'operating_revenue' then 5
                        when 'gdp' then 6
                        else 7
                    end,
                    metric
            ) as growth_pick
        from growth
        where growth_pct is not null
          and industry is null
    ) as picked_growth
    where growth_pick = 1

),

leading_industries as (

    select
        park_industries.park_id,
        {{ dbt.listagg('industries.industry_label', "'; '", 'order by industries.industry_label') }} as leading_industries
    from park_industries
    inner join industries
        on park_industries.industry = industries.industry
    where park_industries.role = 'leading'
    group by park_industries.park_id

),

industry_counts as (

    select
        park_id,
        count(*) as n_industries
    from park_industries
    group by park_id

),

final as (

    select

        -- ids
        parks.park_id,
        parks.park_name,

        -- who
        parks.park_type,
        parks.level,
        parks.province,
        parks.city,
        parks.established_year,
        parks.n_documents,

        -- area
        parks.area_km2,
        parks.area_period_label,

        -- latest output (total, else above designated size)
        latest_figures.output_metric,
        latest_figures.output_value,
        latest_figures.output_unit,
        latest_figures.output_period_label,
        output_growth.growth_pct as output_growth_pct,

        -- other latest figures
        {%- for figure in figures if figure != 'output' %}
        latest_figures.{{ figure }}_value,
        latest_figures.{{ figure }}_unit,
        latest_figures.{{ figure }}_period_label,
        {%- endfor %}

        -- latest growth of any metric
        latest_growth.metric as latest_growth_metric,
        latest_growth.growth_pct as latest_growth_pct,
        latest_growth.growth_source as latest_growth_source,
        latest_growth.period_label as latest_growth_period_label,

        -- ranks of the figures shown
        {%- for figure in ranked_figures %}
        {{ figure }}_ranking.value_rank as {{ figure }}_rank,
        {{ figure }}_ranking.n_parks_ranked as {{ figure }}_n_parks_ranked,
        {%- endfor %}

        -- industries
        leading_industries.leading_industries,
        coalesce(industry_counts.n_industries, 0) as n_industries

    from parks
    left join latest_figures
        on parks.park_id = latest_figures.park_id
    left join growth as output_growth
        on latest_figures.output_fact_id = output_growth.fact_id
    left join latest_growth
        on parks.park_id = latest_growth.park_id
    {%- for figure in ranked_figures %}
    left join rankings as {{ figure }}_ranking
        on latest_figures.{{ figure }}_fact_id = {{ figure }}_ranking.fact_id
    {%- endfor %}
    left join leading_industries
        on parks.park_id = leading_industries.park_id
    left join industry_counts
        on parks.park_id = industry_counts.park_id

)

select * from final
