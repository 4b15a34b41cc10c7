import { role as roleSchema, type Role, type User } from '@shuangkong/contracts';
import type { UserRow } from './user.repository.ts';

/** Stored role names that this version does not know are dropped, as load-actor does. */
export function knownRoles(roles: readonly string[] | null): Role[] {
  return (roles ?? []).flatMap((r) => {
    const parsed = roleSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    phone: row.phone,
    roles: knownRoles(row.roles),
    status: row.status,
    enterpriseId: row.enterpriseId,
    regulatorId: row.regulatorId,
    orgUnitId: row.orgUnitId,
    orgUnitName: row.orgUnitName,
    lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
  };
}
