import { randomUUID } from 'node:crypto';
import type { TemplateCopyInput, TemplateCopyResult } from '@shuangkong/contracts';
import type { CommandContext } from '../../risk.database.ts';
import type { Trx } from '../../risk.database.ts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { recordRisk } from '../../risk-record.ts';
import { riskErrors } from '../../risk.errors.ts';
import { unitLevels } from '../../risk-level.ts';
import { registerAbilities } from '../../risk.policy.ts';
import { VisibleEnterprise } from '../../risk-scope.ts';
import { addEventRows, emptyCopyRows, type CopyRows } from '../copy-rows.ts';
import { expandLibrary } from '../expand-template.ts';
import { findTemplate } from '../risk-templates.ts';
import { claimUniqueCode, enterpriseLecTable, usedRegisterCodes } from '../template.repository.ts';

/**
 * Copies chosen (or all) units of an industry library into the enterprise's register as drafts:
 * objects matched by code or created, unit codes made unique, every event scored through the engine
 * with the enterprise's LEC table and the snapshots stored, measures created. One transaction.
 */
export async function copyTemplate(
  ctx: CommandContext,
  enterpriseId: string,
  industryCode: string,
  input: TemplateCopyInput,
): Promise<TemplateCopyResult> {
  const enterprise = await VisibleEnterprise.load(ctx.db, ctx.actor, enterpriseId);
  const library = findTemplate(industryCode);
  if (!library) throw notFound('Risk template');
  if (!registerAbilities(ctx.actor, enterprise).canEdit) throw forbidden('risk.edit');

  const allKeys = library.objects.flatMap((o) => o.units.map((u) => u.key));
  const unknown = (input.unitKeys ?? []).findIndex((key) => !allKeys.includes(key));
  if (unknown >= 0) throw riskErrors.engineInput(`body.unitKeys.${unknown}`, 'not a unit of this template');
  const wanted = new Set(input.unitKeys ?? allKeys);
  const expanded = expandLibrary(library, await enterpriseLecTable(ctx.db, enterprise.id));
  const e = enterprise.id;
  const actorId = ctx.actor.userId;

  return ctx.db.transaction().execute(async (trx) => {
    const used = await usedRegisterCodes(trx, e);
    const objectCodes = new Set(used.objects.map((o) => o.code));
    const rows = emptyCopyRows();
    const result: TemplateCopyResult = {
      objectsCreated: 0,
      objectsMatched: 0,
      unitsCreated: 0,
      eventsCreated: 0,
      assessmentsCreated: 0,
      measuresCreated: 0,
      unitIds: [],
    };

    for (const object of expanded.objects) {
      const units = object.units.filter((u) => wanted.has(u.key));
      if (units.length === 0) continue;
      // A live object with the template's code is taken to be the same place; an archived one is not.
      let objectId = used.objects.find((o) => o.code === object.code && o.archivedAt === null)?.id;
      if (objectId) result.objectsMatched++;
      else {
        objectId = randomUUID();
        rows.objects.push({
          enterpriseId: e,
          id: objectId,
          code: claimUniqueCode(object.code, objectCodes),
          name: object.name,
          kind: object.kind,
          responsibleUnitId: null,
          responsibleUserId: null,
          majorSourceCode: null,
          majorSourceGrade: null,
          exposedPopulation: null,
          lat: null,
          lng: null,
          archivedAt: null,
        });
        result.objectsCreated++;
      }
      for (const [unitSort, unit] of units.entries()) {
        const unitId = randomUUID();
        const levels = unitLevels(unit.events, []);
        rows.units.push({
          enterpriseId: e,
          id: unitId,
          objectId,
          code: claimUniqueCode(unit.code, used.unitCodes),
          name: unit.name,
          description: unit.description,
          responsibleUnitId: null,
          responsibleUserId: null,
          controlTier: null,
          controlUnitId: null,
          controlUserId: null,
          status: 'draft',
          ...levels,
          reassessmentReason: null,
          lastAssessedAt: new Date(),
          lat: null,
          lng: null,
          sort: unitSort,
          archivedAt: null,
        });
        rows.history.push({
          enterpriseId: e,
          id: randomUUID(),
          unitId,
          fromLevel: null,
          toLevel: levels.currentLevel,
          cause: 'assessment',
          reason: `由行业模板“${expanded.nameZh}”复制`,
          actorId,
        });
        unit.events.forEach((event, sort) => addEventRows(rows, e, unitId, sort, event, actorId));
        result.unitsCreated++;
        result.eventsCreated += unit.events.length;
        result.assessmentsCreated += unit.events.length * 2;
        result.measuresCreated += unit.events.reduce((n, ev) => n + ev.measures.length, 0);
        result.unitIds.push(unitId);
      }
    }

    await insertRows(trx, rows);
    await recordRisk(trx, ctx.audit, {
      enterpriseId: e,
      action: 'risk.template-copied',
      entityType: 'enterprise',
      entityId: e,
      after: { industryCode: expanded.industryCode, tableVersion: expanded.tableVersion, ...result },
    });
    return result;
  });
}

// Parents before children, for the composite foreign keys.
async function insertRows(trx: Trx, rows: CopyRows): Promise<void> {
  if (rows.objects.length) await trx.insertInto('riskObjects').values(rows.objects).execute();
  if (rows.units.length) await trx.insertInto('riskUnits').values(rows.units).execute();
  if (rows.events.length) await trx.insertInto('riskEvents').values(rows.events).execute();
  if (rows.factors.length) await trx.insertInto('riskEventFactors').values(rows.factors).execute();
  if (rows.assessments.length) await trx.insertInto('riskAssessments').values(rows.assessments).execute();
  if (rows.measures.length) await trx.insertInto('riskControlMeasures').values(rows.measures).execute();
  if (rows.history.length) await trx.insertInto('riskUnitLevelHistory').values(rows.history).execute();
}
