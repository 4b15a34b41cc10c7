-- 隐患治理: hidden dangers with the national fields (STANDARDS §5.1), their photos, the timeline of
-- steps, extension requests, signatures and the treatment plans of major hazards. Links to the
-- register and to inspection records keep no foreign key: the register may retire a measure, and
-- the hazard must still read as it was found.

create table hazards (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  name text not null check (char_length(name) between 1 and 300),
  description text not null,
  cause text,
  location text,
  state text not null default 'reported' check (
    state in ('reported', 'confirmed', 'rectifying', 'accepting', 'closed', 'rejected', 'voided', 'merged', 'handedOver')
  ),
  grade text check (grade in ('general', 'major')),
  major_criterion_key text,
  danger_src smallint not null check (danger_src between 1 and 10),
  hazard_type smallint check (hazard_type between 1 and 8),
  management_classification smallint check (management_classification between 1 and 3),
  occurrence_link smallint check (occurrence_link between 1 and 10),
  found_by text not null default 'self' check (found_by in ('self', 'regulator', 'tip', 'other')),
  rectification_type text check (rectification_type in ('immediate', 'deadline')),
  unit_id uuid,
  object_id uuid,
  event_id uuid,
  measure_id uuid,
  inspection_record_id uuid,
  inspection_item_id uuid,
  enforcement_id text,
  registered_at timestamptz not null default now(),
  registrant_id uuid,
  -- Hidden from colleagues in lists and details; the audit log always names the reporter.
  reporter_hidden boolean not null default false,
  owner_user_id uuid,
  deadline date,
  measures text check (char_length(measures) <= 1000),
  cost numeric(14, 2) check (cost >= 0),
  rectified_by uuid,
  rectified_at timestamptz,
  acceptor_id uuid,
  accepted_at timestamptz,
  acceptance_comment text,
  merged_into_id uuid,
  -- Set by the overdue sweep; the list derives overdue from deadline and state, this drives notices.
  overdue_since date,
  escalation_level smallint not null default 0,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, merged_into_id) references hazards (enterprise_id, id)
);
-- One hazard per abnormal answer: the inspection subscriber runs at least once.
create unique index hazards_from_inspection_uq on hazards (enterprise_id, inspection_record_id, inspection_item_id)
  where inspection_record_id is not null;
-- The list's default order and its keyset; filters by state, unit, owner and deadline.
create index hazards_registered_idx on hazards (enterprise_id, registered_at desc, id desc);
create index hazards_state_idx on hazards (enterprise_id, state, registered_at desc);
create index hazards_unit_idx on hazards (enterprise_id, unit_id, registered_at desc);
create index hazards_owner_idx on hazards (enterprise_id, owner_user_id, state);
create index hazards_open_deadline_idx on hazards (enterprise_id, deadline)
  where state in ('confirmed', 'rectifying', 'accepting');
create index hazards_measure_idx on hazards (enterprise_id, measure_id, registered_at)
  where measure_id is not null;

create table hazard_photos (
  enterprise_id uuid not null,
  hazard_id uuid not null,
  file_id uuid not null,
  kind text not null check (kind in ('before', 'after')),
  uploaded_by uuid,
  created_at timestamptz not null default now(),
  primary key (enterprise_id, hazard_id, file_id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);

create table hazard_steps (
  enterprise_id uuid not null,
  id uuid not null,
  hazard_id uuid not null,
  action text not null,
  from_state text,
  to_state text not null,
  actor_id uuid,
  actor_name text,
  note text,
  at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);
create index hazard_steps_hazard_idx on hazard_steps (enterprise_id, hazard_id, at);

create table hazard_extensions (
  enterprise_id uuid not null,
  id uuid not null,
  hazard_id uuid not null,
  reason text not null,
  old_deadline date not null,
  new_deadline date not null check (new_deadline > old_deadline),
  state text not null default 'requested' check (state in ('requested', 'approved', 'refused')),
  requested_by uuid not null,
  requested_at timestamptz not null default now(),
  decided_by uuid,
  decided_at timestamptz,
  comment text,
  primary key (enterprise_id, id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);
-- One open request per hazard.
create unique index hazard_extensions_open_uq on hazard_extensions (enterprise_id, hazard_id)
  where state = 'requested';

create table hazard_signatures (
  enterprise_id uuid not null,
  id uuid not null,
  hazard_id uuid not null,
  kind text not null check (kind in ('confirm', 'approvePlan', 'submitRectification', 'accept')),
  signer_id uuid not null,
  signer_name text not null,
  signed_at timestamptz not null,
  -- The canonical JSON that was signed and its sha256; the detail re-hashes to show tampering.
  content jsonb not null,
  content_sha256 text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);
create index hazard_signatures_hazard_idx on hazard_signatures (enterprise_id, hazard_id, signed_at);

-- 重大事故隐患治理方案 (16号令 Art. 15), signed by the principal before rectification starts.
create table hazard_rectification_plans (
  enterprise_id uuid not null,
  hazard_id uuid not null,
  owner_user_id uuid not null,
  goal text not null,
  measures text not null check (char_length(measures) <= 1000),
  funds numeric(14, 2) not null check (funds >= 0),
  materials text,
  organisation text not null,
  deadline date not null,
  contingency text not null,
  protective_measures text not null,
  submitted_by uuid not null,
  submitted_at timestamptz not null default now(),
  approved_by uuid,
  approved_at timestamptz,
  evaluation_by text,
  evaluation_third_party boolean,
  evaluation_date date,
  evaluation_conclusion text,
  primary key (enterprise_id, hazard_id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id)
);
