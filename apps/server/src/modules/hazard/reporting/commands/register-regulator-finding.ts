import { randomUUID } from 'node:crypto';
import type { HazardGrade } from '@shuangkong/contracts';
import { tablesOf, type AuditContext, type WithTables } from '../../../../kernel/index.ts';
import type { DB } from '../../hazard.database.ts';
import { recordHazard } from '../../hazard-record.ts';

/** 其他: the national source codes have no entry for a government inspection; foundBy says it. */
const DANGER_SRC_OTHER = 10;
/** 外聘专家诊断式排查: an expert inspection organised by the regulator. */
const DANGER_SRC_EXPERT = 8;

export type RegulatorFinding = {
  enterpriseId: string;
  name: string;
  description: string;
  grade: HazardGrade;
  /** The order's deadline (责令限期整改). */
  deadline: string;
  /** The order's document number, shown in the register as 执法文书. */
  enforcementId: string;
  /** Who inspected, for the hazard's first step. */
  regulatorName: string;
  byExperts: boolean;
  foundAt: Date;
};

/**
 * A finding of a regulator's inspection that orders rectification (责令整改) enters the
 * enterprise's own register, found by the regulator and already graded with the order's deadline:
 * state confirmed, so the enterprise assigns an owner and rectifies it as any other hazard.
 * Called by supervision inside its transaction; supervision has scoped the enterprise.
 */
export async function registerRegulatorFinding(
  trxHandle: WithTables<DB>,
  audit: AuditContext,
  f: RegulatorFinding,
): Promise<string> {
  const trx = tablesOf<DB>(trxHandle);
  const id = randomUUID();
  const values = {
    enterpriseId: f.enterpriseId,
    id,
    name: f.name.slice(0, 300),
    description: f.description,
    state: 'confirmed' as const,
    grade: f.grade,
    dangerSrc: f.byExperts ? DANGER_SRC_EXPERT : DANGER_SRC_OTHER,
    foundBy: 'regulator' as const,
    rectificationType: 'deadline' as const,
    deadline: f.deadline,
    enforcementId: f.enforcementId,
    registeredAt: f.foundAt,
    registrantId: audit.actorId,
  };
  await trx.insertInto('hazards').values(values).execute();
  await trx
    .insertInto('hazardSteps')
    .values({
      enterpriseId: f.enterpriseId,
      id: randomUUID(),
      hazardId: id,
      action: 'report',
      fromState: null,
      toState: 'confirmed',
      actorId: audit.actorId,
      actorName: audit.actorName,
      note: `${f.regulatorName}执法检查：责令限期整改（${f.enforcementId}）`,
      at: f.foundAt,
    })
    .execute();
  await recordHazard(trx, audit, {
    action: 'hazard.reported',
    entityType: 'hazard',
    entityId: id,
    enterpriseId: f.enterpriseId,
    after: values,
    facts: { unitId: null, measureId: null, dangerSrc: values.dangerSrc },
  });
  return id;
}
