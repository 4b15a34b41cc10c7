import type { LevelEvidence, LevelHistoryEntry, RiskUnit } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { findTierMap } from '../../tiers/tiers.repository.ts';
import { presentUnit } from '../../units/units.presenter.ts';
import { findUnit } from '../../units/units.repository.ts';
import { presentEvidence, presentHistory } from '../evidence.presenter.ts';
import { findEvidence, findLevelHistory } from '../evidence.repository.ts';

/** A unit's level history, oldest first; 404 outside the caller's scope. */
export async function getLevelHistory(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  unitId: string,
): Promise<{ data: LevelHistoryEntry[] }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!(await findUnit(db, enterprise, unitId))) throw notFound('Risk unit');
  return { data: (await findLevelHistory(db, enterprise, unitId)).map(presentHistory) };
}

/** One piece of evidence with its unit as it is now. */
export async function getEvidenceOutcome(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  evidenceId: string,
): Promise<{ data: LevelEvidence; unit: RiskUnit }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const evidence = await findEvidence(db, enterprise, evidenceId);
  const unit = evidence ? await findUnit(db, enterprise, evidence.unitId) : undefined;
  if (!evidence || !unit) throw notFound('Evidence');
  return { data: presentEvidence(evidence), unit: presentUnit(unit, await findTierMap(db, enterprise)) };
}
