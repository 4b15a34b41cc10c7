-- The 台账's other sorts (deadline, grade, state) read in index order: each sort column, then
-- registration time and id in the same direction, so one index serves ascending and descending.
create index hazards_deadline_sort_idx on hazards (enterprise_id, deadline, registered_at, id);
create index hazards_grade_sort_idx on hazards (enterprise_id, grade, registered_at, id);
create index hazards_state_sort_idx on hazards (enterprise_id, state, registered_at, id);
