import { accidentTypes1986, type AssignRiskBody } from '@shuangkong/contracts';
import { forbidden, notFound } from '../../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../../platform/calendar/index.ts';
import type { CommandContext, Trx } from '../../supervision.database.ts';
import { recordSupervision } from '../../supervision-record.ts';
import { isLate } from '../assignment-deadlines.ts';
import { assignmentErrors } from '../assignment.errors.ts';
import { notifyEnterprise } from '../assignment-notices.ts';
import { actsAsRegulator } from '../assignment.policy.ts';
import { assignmentInRemit } from '../assignment-scope.ts';
import { decideAssignment } from '../assignment.state.ts';
import { formatDocumentNumber, nextDocumentSeq } from '../document-number.ts';
import { buildLetter } from '../letter.ts';

const accidentName = new Map(accidentTypes1986.map((t) => [t.code, t.nameZh]));

/** The locked assignment row; 404 if it is gone. */
export async function lockAssignment(trx: Trx, enterpriseId: string, id: string) {
  const row = await trx
    .selectFrom('supervisionAssignments')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('Assignment');
  return row;
}

/** What the letter says of the risk: its unit, accident types and control measures. */
async function riskFacts(trx: Trx, enterpriseId: string, unitId: string) {
  const unit = await trx
    .selectFrom('riskUnits as u')
    .innerJoin('riskObjects as o', (j) =>
      j.onRef('o.enterpriseId', '=', 'u.enterpriseId').onRef('o.id', '=', 'u.objectId'),
    )
    .innerJoin('enterprises as e', 'e.id', 'u.enterpriseId')
    .select(['u.name as unitName', 'o.name as objectName', 'e.name as enterpriseName'])
    .where('u.enterpriseId', '=', enterpriseId)
    .where('u.id', '=', unitId)
    .executeTakeFirstOrThrow();
  const events = await trx
    .selectFrom('riskEvents')
    .select(['id', 'accidentTypes1986'])
    .where('enterpriseId', '=', enterpriseId)
    .where('unitId', '=', unitId)
    .orderBy('sort')
    .execute();
  const measures =
    events.length === 0
      ? []
      : await trx
          .selectFrom('riskControlMeasures')
          .select('content')
          .where('enterpriseId', '=', enterpriseId)
          .where(
            'eventId',
            'in',
            events.map((e) => e.id),
          )
          .where('kind', '=', 'control')
          .orderBy('sort')
          .limit(8)
          .execute();
  const accidentTypes = [...new Set(events.flatMap((e) => e.accidentTypes1986))]
    .map((code) => accidentName.get(code as never) ?? code)
    .slice(0, 6);
  return { ...unit, accidentTypes, measures: [...new Set(measures.map((m) => m.content))] };
}

/**
 * 交办: the regulator issues the letter of a registered risk to the enterprise (seed 002: within 3
 * working days of its grading; later ones are kept as late). The letter takes the regulator's next
 * document number of the year, is stored as issued and goes into the enterprise's inbox.
 */
export async function assignRisk(ctx: CommandContext, id: string, body: AssignRiskBody) {
  const { enterpriseId } = await assignmentInRemit(ctx.db, ctx.actor, id);
  if (!actsAsRegulator(ctx.actor)) throw forbidden('supervision.act');
  const regulatorId = ctx.actor.regulatorId!;
  const today = shanghaiCivilDate();
  if (body.respondBy < today) throw assignmentErrors.respondByPast();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await lockAssignment(trx, enterpriseId, id);
    const decision = decideAssignment(a.state, 'assign', {
      currentLevel: a.currentLevel,
      actorIsAssigningRegulator: false,
      hasReason: false,
    });
    if (!decision.ok) throw assignmentErrors.refused(decision.code, a.state, 'assign');
    const regulator = await trx
      .selectFrom('regulators')
      .select('name')
      .where('id', '=', regulatorId)
      .executeTakeFirstOrThrow();
    const year = Number(today.slice(0, 4));
    const seq = await nextDocumentSeq(trx, regulatorId, 'letter', year);
    const docNumber = formatDocumentNumber(regulator.name, 'letter', year, seq);
    const facts = await riskFacts(trx, enterpriseId, a.unitId);
    const level =
      a.currentLevel === 'major' || a.currentLevel === 'significant' ? a.currentLevel : a.gradedLevel;
    const letter = buildLetter({
      issuerName: regulator.name,
      docNumber,
      enterpriseName: facts.enterpriseName,
      unitName: facts.unitName,
      objectName: facts.objectName,
      level,
      gradedOn: a.gradedOn,
      accidentTypes: facts.accidentTypes,
      measures: facts.measures,
      respondBy: body.respondBy,
      issuedOn: today,
      note: body.note,
    });
    const late = isLate(a.assignDueOn, today);
    const changes = {
      state: decision.to,
      regulatorId,
      regulatorName: regulator.name,
      docNumber,
      docYear: year,
      docSeq: seq,
      letter: JSON.stringify(letter),
      respondBy: body.respondBy,
      issuedAt: new Date(),
      issuedBy: ctx.actor.userId,
      issuedByName: ctx.actor.name,
    };
    await trx
      .updateTable('supervisionAssignments')
      .set({ ...changes, version: a.version + 1, updatedAt: new Date() })
      .where('enterpriseId', '=', enterpriseId)
      .where('id', '=', id)
      .execute();
    await notifyEnterprise(trx, enterpriseId, {
      kind: 'letter-issued',
      title: `${regulator.name}交办函 ${docNumber}`,
      body: `${letter.title}，请于${letter.respondBy}前签收并报告管控措施落实情况。`,
      link: `/supervision/letters/${id}`,
      params: { docNumber, issuer: regulator.name, unit: facts.unitName },
    });
    await recordSupervision(trx, ctx.audit, {
      action: 'supervision.risk-assigned',
      entityType: 'riskAssignment',
      entityId: id,
      enterpriseId,
      before: { state: a.state },
      after: { ...changes, letter },
      facts: { unitId: a.unitId, docNumber, regulatorId, late },
    });
    return { id, state: decision.to, docNumber };
  });
}
