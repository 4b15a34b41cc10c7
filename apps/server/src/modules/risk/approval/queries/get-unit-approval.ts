import type { RiskUnitAbilities, RiskUnitApproval } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { unitAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { readinessIssues } from '../../risk-unit.state.ts';
import { currentRound } from '../approval-round.ts';
import { presentSignature } from '../approval.presenter.ts';
import { findUnitForApproval, listSignatures } from '../approval.repository.ts';
import { loadUnitContent } from '../unit-snapshot.ts';

/** A unit's approval state: status, the open round's signers, what is missing, and every signed step. */
export async function getUnitApproval(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  unitId: string,
): Promise<{ data: RiskUnitApproval; abilities: RiskUnitAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const unit = await findUnitForApproval(db, enterprise, unitId);
  if (!unit) throw notFound('Risk unit');
  const [content, signatures] = await Promise.all([
    loadUnitContent(db, enterprise.id, unit.id),
    listSignatures(db, enterprise, unit.id),
  ]);
  if (!content) throw notFound('Risk unit');
  const round = currentRound(signatures);
  return {
    data: {
      unitId: unit.id,
      status: unit.status,
      version: unit.version,
      ...round,
      readiness: readinessIssues(content.readiness).map((issue) => ({ ...issue })),
      signatures: signatures.map(presentSignature),
    },
    abilities: unitAbilities(actor, enterprise, { status: unit.status, ...round }),
  };
}
