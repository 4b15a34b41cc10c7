-- Whether the record was made from the unit's page opened by scanning its card's QR code.
alter table inspection_records add column scanned boolean not null default false;
