import { rolePermissions, type Permission, type Role } from '@shuangkong/contracts';
import { enqueueExternalNotification, sendInApp } from '../../../platform/notify/index.ts';
import type { Trx } from '../supervision.database.ts';

const rolesWith = (permission: Permission) =>
  (Object.keys(rolePermissions) as Role[]).filter((r) => rolePermissions[r].includes(permission));

/** Active users of an enterprise who hold the permission. */
async function enterpriseUsersWith(
  trx: Trx,
  enterpriseId: string,
  permission: Permission,
): Promise<string[]> {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.enterpriseId', '=', enterpriseId)
    .where('users.status', '=', 'active')
    .where('userRoles.role', 'in', rolesWith(permission))
    .execute();
  return rows.map((r) => r.id);
}

/** Active users of a regulator who hold the permission. */
async function regulatorUsersWith(trx: Trx, regulatorId: string, permission: Permission): Promise<string[]> {
  const rows = await trx
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select('users.id')
    .distinct()
    .where('users.regulatorId', '=', regulatorId)
    .where('users.status', '=', 'active')
    .where('userRoles.role', 'in', rolesWith(permission))
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Into the enterprise's inbox (and its robot webhooks), inside the transaction of the change:
 * `kind` names the text in the web's locales (notify.supervision.<kind>).
 */
export async function notifyEnterprise(
  trx: Trx,
  enterpriseId: string,
  message: {
    kind: string;
    title: string;
    body: string;
    link: string;
    params: Record<string, string | number>;
    permission?: Permission;
  },
): Promise<void> {
  const userIds = await enterpriseUsersWith(trx, enterpriseId, message.permission ?? 'supervision.respond');
  await sendInApp(trx, userIds, {
    kind: `supervision.${message.kind}`,
    title: message.title,
    body: message.body,
    link: message.link,
    params: message.params,
  });
  await enqueueExternalNotification(
    trx,
    { ownerType: 'enterprise', ownerId: enterpriseId },
    { title: message.title, body: message.body, link: message.link },
  );
}

/** Into the inbox of the regulator's staff who act (inspectors, the admin). */
export async function notifyRegulator(
  trx: Trx,
  regulatorId: string,
  message: {
    kind: string;
    title: string;
    body: string;
    link: string;
    params: Record<string, string | number>;
  },
): Promise<void> {
  const userIds = await regulatorUsersWith(trx, regulatorId, 'supervision.act');
  await sendInApp(trx, userIds, {
    kind: `supervision.${message.kind}`,
    title: message.title,
    body: message.body,
    link: message.link,
    params: message.params,
  });
}
