-- Targets at risk: which stated targets are off track, and which cannot be judged?
-- Every target with its latest comparable actual, the growth a year needed to
-- reach it and the recent growth; at_risk and missed first, then the rest
-- with the reason a target cannot be judged.
-- Run: zonescope sql --file warehouse/queries/targets_at_risk.sql

select
    status,
    park_name,
    metric,
    industry,
    target_period_label as target_period,
    round(target_value / 1e8, 2) as target_100m,
    target_unit,
    target_yoy_pct,
    actual_period_label as actual_period,
    round(actual_value_in_target_unit / 1e8, 2) as actual_100m,
    progress_pct,
    years_remaining,
    required_cagr_pct,
    recent_growth_pct,
    recent_growth_period_label as growth_period,
    not_judgeable_reason
from mart_target_progress
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
