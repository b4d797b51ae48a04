-- Every fact in the marts must point at its evidence: offsets present and
-- ordered, and a non-empty evidence text. Returns the offending facts.

with

metric_facts as (

    select
        'fct_park_metric' as model_name,
        fact_id as fact_key,
        doc,
        char_start,
        char_end,
        evidence
    from {{ ref('fct_park_metric') }}

),

industry_facts as (

    select
        'fct_park_industry' as model_name,
        park_industry_id as fact_key,
        doc,
        char_start,
        char_end,
        evidence
    from {{ ref('fct_park_industry') }}

),

all_facts as (

    select * from metric_facts
    union all
    select * from industry_facts

)

select *
from all_facts
where doc is null
   or char_start is null
   or char_end is null
   or char_end < char_start
   or evidence is null
   or trim(evidence) = ''
