with

industries as (

    select * from {{ ref('industries') }}

),

final as (

    select

        -- ids
        industry,

        -- labels
        label as industry_label,
        typical_wording,

        -- codes
        sector

    from industries

)

select * from final
