-- Session clean-up is identity's job now ('identity.session-cleanup'); its old schedule row would
-- otherwise linger with no handler.
delete from job_schedules where name = 'platform.session-cleanup';
delete from jobs where name = 'platform.session-cleanup' and status in ('queued', 'failed');
