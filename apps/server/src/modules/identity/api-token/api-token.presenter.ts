import type { ApiToken } from '@shuangkong/contracts';
import type { ApiTokenRow } from './api-token.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: iso(row.expiresAt),
    lastUsedAt: iso(row.lastUsedAt),
    revokedAt: iso(row.revokedAt),
  };
}
