-- Stored files belong to an enterprise (evidence photos, site plans, imports).
create table files (
  enterprise_id uuid not null references enterprises (id) on delete cascade,
  id uuid not null,
  storage_key text not null,
  original_name text not null,
  mime_type text not null,
  size_bytes bigint not null,
  sha256 text not null,
  captured_at timestamptz,
  gps_lat double precision,
  gps_lng double precision,
  uploaded_by uuid,
  created_at timestamptz not null default now(),
  primary key (enterprise_id, id)
);
