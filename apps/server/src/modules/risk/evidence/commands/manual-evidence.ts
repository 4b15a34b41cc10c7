import type { EvidenceClearance, EvidenceInput } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { authorizeRegisterEdit } from '../../units/unit-edit.ts';
import { findUnit } from '../../units/units.repository.ts';
import { findEvidence } from '../evidence.repository.ts';
import { clearUnitLevelEvidence } from './clear-unit-level-evidence.ts';
import { raiseUnitLevel } from './raise-unit-level.ts';

/** A person raises a unit's level by hand (source 'manual'), e.g. after a site visit. */
export async function raiseUnitLevelManually(
  ctx: CommandContext,
  enterpriseId: string,
  unitId: string,
  input: EvidenceInput,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  if (!(await findUnit(ctx.db, enterprise, unitId))) throw notFound('Risk unit');
  authorizeRegisterEdit(ctx.actor, enterprise);
  return ctx.db
    .transaction()
    .execute((trx) =>
      raiseUnitLevel(trx, ctx, { enterpriseId: enterprise.id, unitId, source: 'manual', ...input }),
    );
}

/** A person clears evidence (any source) with a reason; returns the unit id. */
export async function clearEvidenceManually(
  ctx: CommandContext,
  enterpriseId: string,
  evidenceId: string,
  input: EvidenceClearance,
): Promise<string> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const evidence = await findEvidence(ctx.db, enterprise, evidenceId);
  if (!evidence) throw notFound('Evidence');
  authorizeRegisterEdit(ctx.actor, enterprise);
  await ctx.db
    .transaction()
    .execute((trx) =>
      clearUnitLevelEvidence(trx, ctx, { enterpriseId: enterprise.id, evidenceId, reason: input.reason }),
    );
  return evidence.unitId;
}
