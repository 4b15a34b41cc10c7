import type { AssessmentTableSet, RiskAssessment, RiskSettings, RiskUnit } from '@shuangkong/contracts';
import { riskLevelColor } from '@shuangkong/contracts';
import type { Db } from '../../risk.database.ts';
import { notFound } from '../../../../kernel/index.ts';
import type { Actor } from '../../../identity/index.ts';
import { defaultTableSetKeys, listTableSets } from '../../engine/factor-tables.ts';
import { findEvent } from '../../events/events.repository.ts';
import { registerAbilities, type RegisterAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { presentAssessment } from '../assessments.presenter.ts';
import { findAssessments, findAssessmentsOfEvent, findSettings } from '../assessments.repository.ts';
import { findTierMap } from '../../tiers/tiers.repository.ts';
import { presentUnit } from '../../units/units.presenter.ts';
import { findUnit } from '../../units/units.repository.ts';

/** Every assessment of an event, newest first. */
export async function findEventAssessments(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  eventId: string,
): Promise<{ data: RiskAssessment[] }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  if (!(await findEvent(db, enterprise, eventId))) throw notFound('Risk event');
  return { data: (await findAssessmentsOfEvent(db, enterprise, eventId)).map(presentAssessment) };
}

/** The enterprise's method and table choices (defaults when it made none). */
export async function getRiskSettings(
  db: Db,
  actor: Actor,
  enterpriseId: string,
): Promise<{ data: RiskSettings; abilities: RegisterAbilities }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  return { data: await findSettings(db, enterprise), abilities: registerAbilities(actor, enterprise) };
}

/** Every table set with its factor values and bands, so the UI renders pickers from data. */
export function listAssessmentTables(): { data: AssessmentTableSet[] } {
  return {
    data: listTableSets().map((set) => ({
      key: set.key,
      method: set.method,
      nameZh: set.nameZh,
      source: set.source,
      scoreSymbol: set.scoreSymbol,
      isDefault: defaultTableSetKeys[set.method] === set.key,
      factors: set.factors.map((f) => ({
        key: f.key,
        symbol: f.symbol,
        nameZh: f.nameZh,
        options: [...f.options],
      })),
      bands: set.bands.map((b) => ({ ...b, color: riskLevelColor[b.level] })),
    })),
  };
}

/** A stored assessment with the unit's levels after it (what the assess endpoint answers). */
export async function getAssessmentOutcome(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  assessmentId: string,
): Promise<{ data: RiskAssessment; unit: RiskUnit }> {
  const enterprise = await VisibleEnterprise.load(db, actor, enterpriseId);
  const [row] = await findAssessments(db, enterprise, [assessmentId]);
  const event = row ? await findEvent(db, enterprise, row.eventId) : undefined;
  const unit = event ? await findUnit(db, enterprise, event.unitId) : undefined;
  if (!row || !unit) throw notFound('Assessment');
  return { data: presentAssessment(row), unit: presentUnit(unit, await findTierMap(db, enterprise)) };
}
