import type { AuditEvent, AuditEventListQuery, PageInfo } from '@shuangkong/contracts';
import type { Db } from '../../identity.database.ts';
import type { Actor } from '../../../../kernel/index.ts';
import { authorize } from '../../enterprise/enterprise.policy.ts';
import { canReadAuditEvents } from '../audit-event.policy.ts';
import { presentAuditEvent } from '../audit-event.presenter.ts';
import { listAuditEventsForActor } from '../audit-event.repository.ts';

/** The audit trail as the caller may read it. */
export async function findAuditEvents(
  db: Db,
  actor: Actor,
  query: AuditEventListQuery,
): Promise<{ data: AuditEvent[]; page: PageInfo }> {
  authorize(canReadAuditEvents(actor), 'audit.read');
  const { rows, total } = await listAuditEventsForActor(db, actor, query);
  return {
    data: rows.map(presentAuditEvent),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}
