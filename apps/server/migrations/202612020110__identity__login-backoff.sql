-- Account locks back off (each lock in a row lasts twice as long as the one before), and logins that
-- name no account are locked exactly like real ones, so the answers never tell the two apart.
alter table users add column lock_count int not null default 0;
alter table login_throttle add column locked_until timestamptz;
alter table login_throttle add column lock_count int not null default 0;
