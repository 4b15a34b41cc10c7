import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentVersion, presentVersionSummary } from '../approval.presenter.ts';
import { findUnitForApproval, findUnitVersion, listUnitVersions } from '../approval.repository.ts';

async function visibleUnit(db: Db, actor: Actor, enterpriseId: string, unitId: string) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!(await findUnitForApproval(db, enterprise, unitId))) throw notFound('Risk unit');
  return enterprise;
}

/** A unit's approved versions, newest first. */
export async function findUnitVersions(db: Db, actor: Actor, enterpriseId: string, unitId: string) {
  const enterprise = await visibleUnit(db, actor, enterpriseId, unitId);
  const rows = await listUnitVersions(db, enterprise, unitId);
  return { data: rows.map(presentVersionSummary) };
}

/** One approved version with its full snapshot. */
export async function getUnitVersion(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  unitId: string,
  version: number,
) {
  const enterprise = await visibleUnit(db, actor, enterpriseId, unitId);
  const row = await findUnitVersion(db, enterprise, unitId, version);
  if (!row) throw notFound('Risk unit version');
  return { data: presentVersion(row) };
}
