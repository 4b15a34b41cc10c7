import { randomUUID } from 'node:crypto';
import type { EnforcementInspectionKind } from '@shuangkong/contracts';
import type { CommandContext, Trx } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';

type Person = { id: string; name: string };

/**
 * Plans an enforcement inspection and audits it, in the caller's transaction: a draw's pick and a
 * hand-planned one become the same record, so lists, recording and publication treat them alike.
 * The caller has checked the enterprise, the people and their conflicts.
 */
export async function planInspection(
  trx: Trx,
  ctx: CommandContext,
  plan: {
    enterpriseId: string;
    regulatorId: string;
    kind: EnforcementInspectionKind;
    /** The draw it was picked in; null when planned by hand. */
    drawId: string | null;
    inspectors: Person[];
    experts: Person[];
    agencyName: string | null;
    plannedOn: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const row = {
    enterpriseId: plan.enterpriseId,
    id,
    regulatorId: plan.regulatorId,
    kind: plan.kind,
    drawId: plan.drawId,
    inspectorIds: plan.inspectors.map((p) => p.id),
    inspectorNames: plan.inspectors.map((p) => p.name),
    expertIds: plan.experts.map((p) => p.id),
    expertNames: plan.experts.map((p) => p.name),
    agencyName: plan.agencyName,
    plannedOn: plan.plannedOn,
    inspectedOn: null,
    summary: null,
    createdBy: ctx.actor.userId,
    recordedBy: null,
  };
  await trx.insertInto('enforcementInspections').values(row).execute();
  await recordSupervision(trx, ctx.audit, {
    action: 'supervision.enforcement-inspection-planned',
    entityType: 'enforcementInspection',
    entityId: id,
    enterpriseId: plan.enterpriseId,
    after: row,
    facts: { kind: plan.kind, drawId: plan.drawId },
  });
  return id;
}
