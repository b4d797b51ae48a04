-- Conflicting facts: where do documents disagree on a figure, and which value was kept?
-- Facts stated by several documents whose values differ by more than 0.5 %
-- (or whose units differ); the kept value is the latest document's
-- (fct_park_metric rule). Lists every statement with its evidence.
-- Run: zonescope sql --file warehouse/queries/conflicting_facts.sql

select
    p.park_name,
    f.metric,
    f.industry,
    f.kind,
    f.period_label,
    f.value as kept_value,
    f.unit as kept_unit,
    f.doc as kept_doc,
    m.doc as stated_in,
    m.value as stated_value,
    m.unit as stated_unit,
    s.evidence
from fct_park_metric as f
inner join dim_park as p
    on f.park_id = p.park_id
inner join int_metric_facts__keyed as m
    on f.fact_id = m.fact_id
inner join stg_metric_mentions as s
    on m.metric_mention_id = s.metric_mention_id
where f.has_conflict
order by p.park_name, f.metric, f.period_label, m.doc
