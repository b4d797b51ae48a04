with

display_units as (

    select * from {{ ref('display_units') }}

),

final as (

    select

        -- ids
        unit,

        -- display
        cast(divide_by as double precision) as divide_by,
        shown_as

    from display_units

)

select * from final
