-- Every time a post's card is printed, what was printed (a hash of the card's content) and by whom.
-- A card whose content has changed since its last print is out of date and goes on the reprint list.
create table risk_card_prints (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  kind text not null check (kind in ('post', 'emergency')),
  post_id uuid not null,
  content_hash text not null,
  printed_at timestamptz not null default now(),
  printed_by uuid,
  printed_by_name text,
  primary key (enterprise_id, id)
);
create index risk_card_prints_latest on risk_card_prints (enterprise_id, post_id, kind, printed_at desc);
