-- Records made on a phone without a network arrive later: the device's id makes a resend harmless,
-- the device's time is when the check was made, and submitted_at when the server got it. A task
-- completed from two devices keeps the second record, pointing at the first and flagged for review;
-- a correction is a new record pointing at the one it corrects (records are never changed).
alter table inspection_records
  add column client_record_id uuid,
  add column submitted_at timestamptz not null default now(),
  add column duplicate_of uuid,
  add column corrects_record_id uuid,
  add column needs_review boolean not null default false,
  add column reviewed_by uuid,
  add column reviewed_at timestamptz;
update inspection_records set submitted_at = check_time;
create unique index inspection_records_client_idx on inspection_records (enterprise_id, client_record_id)
  where client_record_id is not null;
create index inspection_records_review_idx on inspection_records (enterprise_id) where needs_review;
