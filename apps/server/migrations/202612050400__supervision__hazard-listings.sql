-- 挂牌督办: a regulator lists an enterprise's major hazard for supervision (STANDARDS §7.4, seed
-- 002). The listing follows the hazard's own plan and progress (no copy); it adds what only the
-- supervision knows: the listing document and deadline, the third-party evaluations, the on-site
-- verifications, the interviews (约谈) and the exposure (曝光) of a missed deadline, the delisting.

create table supervision_hazard_listings (
  enterprise_id uuid not null references enterprises (id),
  id uuid not null,
  hazard_id uuid not null,
  regulator_id uuid not null references regulators (id),
  authority text not null check (authority in ('county', 'department')),
  authority_name text not null check (char_length(authority_name) between 1 and 100),
  document_no text not null check (char_length(document_no) between 1 and 60),
  requirements text not null check (char_length(requirements) between 1 and 2000),
  deadline date not null,
  deadline_working_days integer check (deadline_working_days between 1 and 250),
  state text not null default 'rectifying' check (
    state in ('rectifying', 'evaluating', 'verifying', 'verified', 'delisted')
  ),
  published boolean not null default true,
  listed_by uuid references users (id),
  listed_at timestamptz not null default now(),
  agency_user_id uuid references users (id),
  evaluation_requested_at timestamptz,
  evaluation_request_note text check (char_length(evaluation_request_note) <= 1000),
  evaluation_due date,
  returns integer not null default 0,
  exposure_notice text check (char_length(exposure_notice) <= 2000),
  exposed_at timestamptz,
  delisting_notice text check (char_length(delisting_notice) <= 2000),
  delisted_by uuid references users (id),
  delisted_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  -- A major hazard is listed once; a delisted one stays on record.
  unique (enterprise_id, hazard_id),
  foreign key (enterprise_id, hazard_id) references hazards (enterprise_id, id),
  check ((state = 'delisted') = (delisted_at is not null)),
  check ((exposure_notice is null) = (exposed_at is null))
);

create index supervision_hazard_listings_state_deadline on supervision_hazard_listings (state, deadline);
create index supervision_hazard_listings_agency on supervision_hazard_listings (agency_user_id)
  where agency_user_id is not null;

create table supervision_listing_evaluations (
  enterprise_id uuid not null,
  id uuid not null,
  listing_id uuid not null,
  agency_name text not null check (char_length(agency_name) between 1 and 100),
  evaluators text not null check (char_length(evaluators) between 1 and 200),
  evaluated_on date not null,
  passed boolean not null,
  conclusion text not null check (char_length(conclusion) between 1 and 2000),
  reasons text check (char_length(reasons) <= 2000),
  report_file_id uuid not null,
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, listing_id) references supervision_hazard_listings (enterprise_id, id),
  foreign key (enterprise_id, report_file_id) references files (enterprise_id, id),
  check (passed or reasons is not null)
);
create index supervision_listing_evaluations_listing on supervision_listing_evaluations (enterprise_id, listing_id);

create table supervision_listing_verifications (
  enterprise_id uuid not null,
  id uuid not null,
  listing_id uuid not null,
  verified_on date not null,
  inspectors text not null check (char_length(inspectors) between 1 and 200),
  passed boolean not null,
  conclusion text not null check (char_length(conclusion) between 1 and 2000),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, listing_id) references supervision_hazard_listings (enterprise_id, id)
);
create index supervision_listing_verifications_listing on supervision_listing_verifications (enterprise_id, listing_id);

create table supervision_listing_interviews (
  enterprise_id uuid not null,
  id uuid not null,
  listing_id uuid not null,
  held_on date not null,
  attendees text not null check (char_length(attendees) between 1 and 500),
  content text not null check (char_length(content) between 1 and 2000),
  commitments text not null check (char_length(commitments) between 1 and 2000),
  recorded_by uuid references users (id),
  recorded_at timestamptz not null default now(),
  primary key (enterprise_id, id),
  foreign key (enterprise_id, listing_id) references supervision_hazard_listings (enterprise_id, id)
);
create index supervision_listing_interviews_listing on supervision_listing_interviews (enterprise_id, listing_id);
