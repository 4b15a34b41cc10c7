import { measureClassesFor, objectKindFor } from '../../templates/template-matches.ts';
import { randomUUID } from 'node:crypto';
import { completeAccidentTypes, type RegisterImportResult } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import type { Trx } from '../../risk.database.ts';
import { forbidden } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { riskErrors } from '../../risk.errors.ts';
import { unitLevels } from '../../risk-level.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import type { Level } from '../../risk.tables.ts';
import { parseRegisterRows, type Evaluated, type ParsedRow } from '../parse-register-rows.ts';
import { chunks, insertEvents, loadImportLookups, type EventInsert } from '../register-import.repository.ts';
import { readRegisterSheet } from '../read-register-sheet.ts';

export type ImportRegisterOptions = { enterpriseId: string; bytes: Uint8Array };

/**
 * Imports a 风险管控清单 workbook all or nothing: every line is validated first and any bad line
 * fails the whole file with every problem listed; otherwise one transaction creates the missing
 * objects and units and inserts the events, assessment snapshots and measures in batches.
 */
export async function importRegister(
  ctx: CommandContext,
  options: ImportRegisterOptions,
): Promise<RegisterImportResult> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, options.enterpriseId);
  if (!registerAbilities(ctx.actor, enterprise).canImport) throw forbidden('risk.edit');
  const sheet = await readRegisterSheet(options.bytes);
  if (sheet.errors.length > 0) throw riskErrors.importFailed(sheet.errors);
  const { lookups, objectIdByCode, unitIdByCode } = await loadImportLookups(ctx.db, enterprise);
  const { rows, errors } = parseRegisterRows(sheet.lines, lookups);
  if (errors.length > 0) throw riskErrors.importFailed(errors);

  return ctx.db.transaction().execute(async (trx) => {
    const now = new Date();
    const objectIds = new Map(objectIdByCode);
    const newObjects = [
      ...new Map(rows.filter((r) => !objectIds.has(r.objectCode)).map((r) => [r.objectCode, r])).values(),
    ].map((r) => {
      objectIds.set(r.objectCode, randomUUID());
      return { code: r.objectCode, name: r.objectName };
    });
    for (const batch of chunks(newObjects)) {
      await trx
        .insertInto('riskObjects')
        .values(
          batch.map((o) => ({
            enterpriseId: enterprise.id,
            id: objectIds.get(o.code) ?? '',
            code: o.code,
            name: o.name,
            kind: objectKindFor(o.name),
            responsibleUnitId: null,
            responsibleUserId: null,
            majorSourceCode: null,
            majorSourceGrade: null,
            exposedPopulation: null,
            lat: null,
            lng: null,
            archivedAt: null,
          })),
        )
        .execute();
    }

    const byUnit = new Map<string, ParsedRow[]>();
    for (const r of rows) byUnit.set(r.unitCode, [...(byUnit.get(r.unitCode) ?? []), r]);
    const unitIds = new Map(unitIdByCode);
    const newUnits = [...byUnit]
      .filter(([code]) => !unitIds.has(code))
      .map(([code, lines]) => {
        unitIds.set(code, randomUUID());
        return { code, lines };
      });
    for (const batch of chunks(newUnits)) {
      await trx
        .insertInto('riskUnits')
        .values(
          batch.map(({ code, lines }) =>
            newUnitRow(enterprise.id, unitIds.get(code) ?? '', objectIds, lines, now),
          ),
        )
        .execute();
    }

    const events: EventInsert[] = [];
    const factors: { enterpriseId: string; eventId: string; code: string }[] = [];
    const assessments: ReturnType<typeof assessmentRow>[] = [];
    const measures: ReturnType<typeof measureRows> = [];
    for (const [code, lines] of byUnit) {
      const unitId = unitIds.get(code) ?? '';
      lines.forEach((r, i) => {
        const id = randomUUID();
        const inherent = r.inherent
          ? assessmentRow(enterprise.id, id, 'inherent', r.inherent, ctx.actor.userId, now)
          : null;
        const residual = r.residual
          ? assessmentRow(enterprise.id, id, 'residual', r.residual, ctx.actor.userId, now)
          : null;
        const types = completeAccidentTypes(r.accidentTypes, []);
        events.push({
          id,
          unitId,
          name: r.eventName,
          accidentTypes1986: types.accidentTypes1986,
          accidentTypes2025: types.accidentTypes2025,
          inherentLevel: inherent?.level ?? null,
          residualLevel: residual?.level ?? null,
          inherentAssessmentId: inherent?.id ?? null,
          residualAssessmentId: residual?.id ?? null,
          sort: i,
        });
        for (const f of r.factorCodes) factors.push({ enterpriseId: enterprise.id, eventId: id, code: f });
        if (inherent) assessments.push(inherent);
        if (residual) assessments.push(residual);
        measures.push(...measureRows(enterprise.id, id, r));
      });
    }
    await insertEvents(trx, enterprise.id, events);
    for (const batch of chunks(factors)) await trx.insertInto('riskEventFactors').values(batch).execute();
    for (const batch of chunks(assessments)) await trx.insertInto('riskAssessments').values(batch).execute();
    for (const batch of chunks(measures)) await trx.insertInto('riskControlMeasures').values(batch).execute();
    const touched = [...byUnit.keys()]
      .filter((c) => unitIdByCode.has(c))
      .map((c) => unitIdByCode.get(c) ?? '');
    await refreshUnitLevels(trx, enterprise.id, touched);

    const result = {
      rows: rows.length,
      objectsCreated: newObjects.length,
      unitsCreated: newUnits.length,
      events: events.length,
      measures: measures.length,
    };
    await recordRisk(trx, ctx.audit, {
      enterpriseId: enterprise.id,
      action: 'risk.register-imported',
      entityType: 'riskRegister',
      entityId: enterprise.id,
      after: result,
    });
    return result;
  });
}

// A new unit takes its owners and tier from its first line that names them; its levels are the
// highest of its events', as for any unit.
function newUnitRow(
  enterpriseId: string,
  id: string,
  objectIds: ReadonlyMap<string, string>,
  lines: readonly ParsedRow[],
  now: Date,
) {
  const first = lines[0];
  const pick = <K extends 'responsibleUnitId' | 'responsibleUserId' | 'controlTier'>(
    k: K,
  ): ParsedRow[K] | null => lines.find((l) => l[k] !== null)?.[k] ?? null;
  const levels = unitLevels(
    lines.map((l) => ({
      inherentLevel: l.inherent?.result.level ?? null,
      residualLevel: l.residual?.result.level ?? null,
    })),
    [],
  );
  return {
    enterpriseId,
    id,
    objectId: objectIds.get(first?.objectCode ?? '') ?? '',
    code: first?.unitCode ?? '',
    name: first?.unitName ?? '',
    responsibleUnitId: pick('responsibleUnitId'),
    responsibleUserId: pick('responsibleUserId'),
    controlTier: pick('controlTier'),
    controlUnitId: null,
    controlUserId: null,
    ...levels,
    reassessmentReason: null,
    lastAssessedAt: lines.some((l) => l.inherent || l.residual) ? now : null,
    lat: null,
    lng: null,
    archivedAt: null,
  };
}

function assessmentRow(
  enterpriseId: string,
  eventId: string,
  kind: 'inherent' | 'residual',
  e: Evaluated,
  by: string,
  now: Date,
) {
  return {
    enterpriseId,
    id: randomUUID(),
    eventId,
    kind,
    method: e.result.method,
    tableVersion: e.result.tableVersion,
    inputs: JSON.stringify(e.input.inputs),
    score: e.result.score,
    level: e.result.level,
    band: e.result.band ? JSON.stringify(e.result.band) : null,
    explanation: e.result.explanation,
    assessedBy: by,
    assessedAt: now,
  };
}

// The line's department and person own its measures, as the register line says.
function measureRows(enterpriseId: string, eventId: string, r: ParsedRow) {
  const owner = { responsibleUnitId: r.responsibleUnitId, responsibleUserId: r.responsibleUserId };
  return [
    ...r.controlMeasures.map((m, i) => ({
      enterpriseId,
      id: randomUUID(),
      eventId,
      kind: 'control' as const,
      hierarchy: m.hierarchy,
      content: m.content,
      sort: i,
    })),
    ...r.emergencyMeasures.map((content, i) => ({
      enterpriseId,
      id: randomUUID(),
      eventId,
      kind: 'emergency' as const,
      hierarchy: null,
      content,
      sort: i,
    })),
  ].map((m) => ({
    ...m,
    // A measure worded as a library measure takes its national codes; an emergency one is 4 (应急处置).
    classify1: measureClassesFor(m.content)?.classify1 ?? (m.kind === 'emergency' ? '4' : null),
    classify2: measureClassesFor(m.content)?.classify2 ?? null,
    classify3: null,
    ...owner,
  }));
}

/** Existing draft units that gained events get their levels recomputed from all their events. */
async function refreshUnitLevels(trx: Trx, enterpriseId: string, unitIds: readonly string[]): Promise<void> {
  for (const unitId of unitIds) {
    const [events, evidence] = await Promise.all([
      trx
        .selectFrom('riskEvents')
        .select(['inherentLevel', 'residualLevel'])
        .where('enterpriseId', '=', enterpriseId)
        .where('unitId', '=', unitId)
        .execute(),
      trx
        .selectFrom('riskLevelEvidence')
        .select('level')
        .where('enterpriseId', '=', enterpriseId)
        .where('unitId', '=', unitId)
        .where('clearedAt', 'is', null)
        .execute(),
    ]);
    const levels: { inherentLevel: Level | null; residualLevel: Level | null; currentLevel: Level | null } =
      unitLevels(events, evidence);
    await trx
      .updateTable('riskUnits')
      .set({ ...levels, lastAssessedAt: new Date(), updatedAt: new Date() })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', unitId)
      .execute();
  }
}
