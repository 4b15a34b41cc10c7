-- In-app messages carry their kind and parameters, so the web shows them in the reader's language;
-- title and body stay as written for mail and robot webhooks and as the fallback.
alter table notifications add column params jsonb not null default '{}';
