-- 失控: a unit with a missed inspection check carries the reason until the check is made up. Kept
-- on the unit (recomputed with its levels from the active evidence) so the register, the map and
-- the regulators' views read it without joining the evidence.
alter table risk_units add column out_of_control_reason text;
-- The subscriber looks up its own evidence by the task it refers to (idempotent delivery).
create index risk_level_evidence_ref on risk_level_evidence (enterprise_id, ref_type, ref_id);
