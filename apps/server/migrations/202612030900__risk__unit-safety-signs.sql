-- GB 2894 safety signs picked per unit; the post card prints them. Codes are the product's keys
-- of the standard's signs (packages/contracts/src/risk/safety-signs.ts).
create table risk_unit_safety_signs (
  enterprise_id uuid not null,
  unit_id uuid not null,
  sign_code text not null check (sign_code ~ '^[PWME][0-9]{2}$'),
  primary key (enterprise_id, unit_id, sign_code),
  foreign key (enterprise_id, unit_id) references risk_units (enterprise_id, id) on delete cascade
);
