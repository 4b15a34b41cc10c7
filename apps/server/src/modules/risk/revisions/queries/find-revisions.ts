import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { diffRegister } from '../risk-register.diff.ts';
import { parseRevisionUnits, presentRevision, presentRevisionListItem } from '../revisions.presenter.ts';
import { findRevision, listRevisions } from '../revisions.repository.ts';

/** The register's published revisions, newest first. */
export async function findRevisions(db: Db, actor: Actor, enterpriseId: string) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const rows = await listRevisions(db, enterprise);
  return {
    data: rows.map(presentRevisionListItem),
    abilities: { canPublish: registerAbilities(actor, enterprise).canPublish },
  };
}

/** One revision with every unit's snapshot. */
export async function getRevision(db: Db, actor: Actor, enterpriseId: string, revision: number) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const row = await findRevision(db, enterprise, revision);
  if (!row) throw notFound('Register revision');
  return { data: presentRevision(row) };
}

/** What changed from revision a to revision b. */
export async function diffRevisions(db: Db, actor: Actor, enterpriseId: string, a: number, b: number) {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const [from, to] = await Promise.all([findRevision(db, enterprise, a), findRevision(db, enterprise, b)]);
  if (!from || !to) throw notFound('Register revision');
  return {
    data: diffRegister(
      { revision: a, units: parseRevisionUnits(from.snapshot) },
      { revision: b, units: parseRevisionUnits(to.snapshot) },
    ),
  };
}
