import { riskUnitSnapshot } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { forbidden } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { riskErrors, revisionConflictFrom } from '../../risk.errors.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { parseRevisionUnits, summarise } from '../revisions.presenter.ts';
import { latestApprovedVersions, latestRevision } from '../revisions.repository.ts';

export type PublishRegisterOptions = { enterpriseId: string; note: string };

/**
 * Publishes the register as a new revision: the latest approved version of every unit, with
 * counts. Refused when no unit's approved version changed since the previous revision, and with
 * RISK_REVISION_CONFLICT when another publisher took the same revision number first.
 */
export async function publishRegister(ctx: CommandContext, options: PublishRegisterOptions): Promise<number> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, options.enterpriseId);
  if (!registerAbilities(ctx.actor, enterprise).canPublish) throw forbidden('risk.publish');
  return ctx.db.transaction().execute(async (trx) => {
    // Locking the newest revision row makes two publishers queue; the second then sees no change.
    // The first revision has no row to lock, so two first publishers both reach the insert and
    // the primary key turns the later one away (409, not 500).
    const previous = await latestRevision(trx, enterprise);
    const units = (await latestApprovedVersions(trx, enterprise)).map((u) => ({
      unitId: u.unitId,
      version: u.version,
      snapshot: riskUnitSnapshot.parse(u.snapshot),
    }));
    const key = (list: readonly { unitId: string; version: number }[]) =>
      list
        .map((u) => `${u.unitId}@${u.version}`)
        .sort()
        .join();
    if (units.length === 0 || (previous && key(parseRevisionUnits(previous.snapshot)) === key(units)))
      throw riskErrors.nothingToPublish();
    const revision = (previous?.revision ?? 0) + 1;
    const summary = summarise(units);
    await trx
      .insertInto('riskRegisterRevisions')
      .values({
        enterpriseId: enterprise.id,
        revision,
        note: options.note,
        snapshot: JSON.stringify({ units }),
        summary: JSON.stringify(summary),
        publishedBy: ctx.actor.userId,
      })
      .execute()
      .catch((error: unknown) => {
        throw revisionConflictFrom(error);
      });
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.register-published',
      entityType: 'riskRegister',
      entityId: enterprise.id,
      after: { revision, note: options.note, summary },
    });
    return revision;
  });
}
