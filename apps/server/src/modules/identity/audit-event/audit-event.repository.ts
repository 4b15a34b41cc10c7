import type { AuditEventListQuery } from '@shuangkong/contracts';
import { sql } from 'kysely';
import type { Db } from '../identity.database.ts';
import type { Actor } from '../../../kernel/index.ts';
import { enterpriseVisibleTo } from '../enterprise/enterprise.repository.ts';

/**
 * A page of audit events from the chains the actor may read: its own enterprise's chain; the
 * chains of the enterprises a regulator can see; every chain, 'platform' included, for the
 * platform. Newest first.
 */
export async function listAuditEventsForActor(db: Db, actor: Actor, query: AuditEventListQuery) {
  let base = db.selectFrom('auditEvents as ae');
  const scope = actor.scope;
  switch (scope.kind) {
    case 'platform':
      break;
    case 'enterprise':
      base = base.where('ae.chain', '=', scope.enterpriseId);
      break;
    case 'regulator':
      base = base.where(
        'ae.enterpriseId',
        'in',
        db.selectFrom('enterprises as e').select('e.id').where(enterpriseVisibleTo(actor)),
      );
      break;
    case 'none':
      base = base.where(sql<boolean>`false`);
      break;
  }
  if (query.enterpriseId) base = base.where('ae.chain', '=', query.enterpriseId);
  if (query.entityType) base = base.where('ae.entityType', '=', query.entityType);
  if (query.entityId) base = base.where('ae.entityId', '=', query.entityId);

  const [rows, count] = await Promise.all([
    base
      .select([
        'ae.chain',
        'ae.seq',
        'ae.action',
        'ae.actorName',
        'ae.occurredAt',
        'ae.entityType',
        'ae.entityId',
        'ae.before',
        'ae.after',
      ])
      .orderBy('ae.occurredAt', 'desc')
      .orderBy('ae.chain')
      .orderBy('ae.seq', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEventsForActor>>['rows'][number];
