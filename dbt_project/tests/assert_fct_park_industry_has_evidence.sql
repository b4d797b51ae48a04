-- Every row of fct_park_industry points at its evidence: a document, ordered
-- offsets and a non-empty evidence text. Returns the offending rows.

with

facts as (

    select * from {{ ref('fct_park_industry') }}

)

select
    park_industry_id,
    doc,
    char_start,
    char_end,
    evidence
from facts
where doc is null
   or char_start is null
   or char_end is null
   or char_end < char_start
   or evidence is null
   or trim(evidence) = ''
