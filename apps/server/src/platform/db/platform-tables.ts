import type { Generated } from 'kysely';

import type { JsonDefaulted as Json, Timestamp } from '../../kernel/index.ts';

/** Tables owned by platform services. */
export type PlatformTables = {
  auditChainHeads: { chain: string; seq: number; hash: string };
  auditEvents: {
    chain: string;
    seq: number;
    id: string;
    enterpriseId: string | null;
    actorId: string | null;
    actorName: string | null;
    action: string;
    entityType: string;
    entityId: string;
    before: Json | null;
    after: Json | null;
    requestId: string | null;
    ip: string | null;
    occurredAt: Timestamp;
    prevHash: string;
    hash: string;
    /** HMAC under the audit key (every link written now); false for links written before keying. */
    keyed: Generated<boolean>;
  };
  jobs: {
    id: string;
    name: string;
    payload: Json;
    dedupeKey: string | null;
    status: Generated<'queued' | 'running' | 'done' | 'failed'>;
    runAt: Timestamp;
    attempts: Generated<number>;
    maxAttempts: Generated<number>;
    lockedBy: string | null;
    lockedUntil: Timestamp | null;
    lastError: string | null;
    createdAt: Timestamp;
    finishedAt: Timestamp | null;
  };
  domainEvents: {
    id: string;
    seq: Generated<string>;
    type: string;
    enterpriseId: string | null;
    entityType: string;
    entityId: string;
    payload: Json;
    actorId: string | null;
    requestId: string | null;
    occurredAt: Timestamp;
    fannedOutAt: Timestamp | null;
  };
  jobSchedules: { name: string; cron: string; nextRunAt: Timestamp; lastRunAt: Timestamp | null };
  notifications: {
    id: string;
    userId: string;
    kind: string;
    title: string;
    body: Generated<string>;
    /** What the web fills into the kind's translated text. */
    params: Json;
    link: string | null;
    createdAt: Timestamp;
    readAt: Timestamp | null;
  };
  notificationChannels: {
    id: string;
    ownerType: 'enterprise' | 'regulator' | 'platform';
    ownerId: string;
    provider: 'smtp' | 'dingtalk' | 'wecom' | 'feishu';
    target: string;
    isEnabled: Generated<boolean>;
    createdAt: Timestamp;
  };
  calendarYears: {
    year: number;
    isProvisional: boolean;
    updatedBy: string | null;
    updatedAt: Timestamp;
  };
  calendarDays: { date: string; year: number; kind: 'holiday' | 'workday'; name: string };
  files: {
    enterpriseId: string;
    id: string;
    storageKey: string;
    originalName: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    capturedAt: Timestamp | null;
    gpsLat: number | null;
    gpsLng: number | null;
    uploadedBy: string | null;
    createdAt: Timestamp;
  };
};
