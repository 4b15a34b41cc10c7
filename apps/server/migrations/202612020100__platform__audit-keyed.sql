-- Audit links written from now on are HMAC-SHA-256 under a key kept outside the database, so that
-- someone who can write the database but does not hold the key cannot re-link an edited chain.
-- Rows written before keep their plain SHA-256 link (keyed = false); verification accepts those
-- only before a chain's first keyed row, and anchors written outside the database cover them.
alter table audit_events add column keyed boolean not null default false;
