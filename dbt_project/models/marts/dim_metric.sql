with

metrics as (

    select * from {{ ref('metrics') }}

),

final as (

    select

        -- ids
        metric,

        -- labels
        label as metric_label,
        description,
        typical_wording,

        -- codes
        unit as default_unit,
        measure,

        -- flags
        measure = 'flow' as is_flow

    from metrics

)

select * from final
