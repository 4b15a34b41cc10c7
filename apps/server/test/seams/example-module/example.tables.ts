import type { Timestamp } from '../../../src/kernel/index.ts';

/** The example module's one table (a real module creates it in migrations/<ts>__example__….sql). */
export type ExampleTables = {
  exampleNotes: {
    enterpriseId: string;
    id: string;
    /** The risk object the note follows, set by the subscriber when risk creates one. */
    riskObjectId: string | null;
    text: string;
    createdAt: Timestamp;
  };
};

export const exampleMigration = `
  create table example_notes (
    enterprise_id uuid not null,
    id uuid primary key,
    risk_object_id uuid unique,
    text text not null,
    created_at timestamptz not null default now()
  )`;
