-- Targets at risk: which stated targets are off track, and which cannot be judged?
-- Every target with its latest comparable actual, the growth a year needed to
-- reach it and the recent growth; at_risk and missed first, then the rest
-- with the reason a target cannot be judged.
-- Target and actual are shown in the target's unit: money in 100 million yuan
-- (yi) / million USD, counts, km2 and persons as they are (dim_unit; edit dbt_project/seeds/display_units.csv).
-- To look at one park or metric only, add e.g.
--     where park_name like '%Ningxiang%'   or   where metric = 'gdp'
-- before the order by.
-- Run: zonescope sql --file warehouse/queries/targets_at_risk.sql

select
    status,
    park_name,
    metric,
    industry,
    target_period_label as target_period,
    round(target_value / coalesce(u.divide_by, 1), 2) as target,
    target_yoy_pct,
    actual_period_label as actual_period,
    round(actual_value_in_target_unit / coalesce(u.divide_by, 1), 2) as actual,
    coalesce(u.shown_as, target_unit) as unit,
    progress_pct,
    years_remaining,
    required_cagr_pct,
    recent_growth_pct,
    recent_growth_period_label as growth_period,
    not_judgeable_reason
from mart_target_progress as t
left join dim_unit as u
    on t.target_unit = u.unit
order by
    case status
        when 'at_risk' then 1
        when 'missed' then 2
        when 'on_track' then 3
        when 'achieved' then 4
        else 5
    end,
    required_cagr_pct - recent_growth_pct desc nulls last,
    park_name,
    metric
