-- The accident-type columns are renamed so that the query layer's camelCase ↔ snake_case mapping
-- (accidentTypes1986 ↔ accident_types1986) reaches them like every other column.
alter table risk_events rename column accident_types_1986 to accident_types1986;
alter table risk_events rename column accident_types_2025 to accident_types2025;
