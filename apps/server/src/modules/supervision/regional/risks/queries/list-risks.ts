import type { RegionalRisk, RegionalRiskList, RegionalRiskQuery } from '@shuangkong/contracts';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { gradedUnits, orderRisks, selectRiskRow } from '../regional-risks.repository.ts';

type Row = Awaited<ReturnType<ReturnType<typeof selectRiskRow>['execute']>>[number];

export function presentRisk(r: Row): RegionalRisk {
  return {
    enterpriseId: r.enterpriseId,
    enterpriseName: r.enterpriseName,
    unitId: r.unitId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    objectName: r.objectName,
    level: r.level === 'major' ? 'major' : 'significant',
    accidentTypes: (r.accidentTypes ?? []) as RegionalRisk['accidentTypes'],
    industryCodes: r.industryCodes ?? [],
    townshipCode: r.townshipCode,
    townshipName: r.townshipName,
    outOfControl: r.outOfControlReason !== null,
    lastAssessedAt: r.lastAssessedAt ? new Date(r.lastAssessedAt).toISOString() : null,
  };
}

/** A page of the regional risk database. */
export async function listRisks(db: Db, actor: Actor, query: RegionalRiskQuery): Promise<RegionalRiskList> {
  const [rows, count] = await Promise.all([
    orderRisks(selectRiskRow(db, actor, query), query.sort)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    gradedUnits(db, actor, query)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    data: rows.map(presentRisk),
    page: { page: query.page, pageSize: query.pageSize, total: Number(count.n) },
  };
}
