import type { RiskSettings } from '@shuangkong/contracts';
import type { Selectable } from 'kysely';
import type { DB, Db, Trx } from '../risk.database.ts';
import { defaultTableSetKeys } from '../engine/factor-tables.ts';
import type { EnterpriseScope } from '../units/enterprise-ref.ts';

export type AssessmentRow = Selectable<DB['riskAssessments']>;

/** Some assessments by id (the events' latest inherent/residual), in one query. */
export async function findAssessments(
  db: Db | Trx,
  enterprise: EnterpriseScope,
  ids: readonly string[],
): Promise<AssessmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('riskAssessments')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('id', 'in', ids)
    .execute();
}

/** Every assessment of an event, newest first: the history that explains each level it had. */
export async function findAssessmentsOfEvent(
  db: Db,
  enterprise: EnterpriseScope,
  eventId: string,
): Promise<AssessmentRow[]> {
  return db
    .selectFrom('riskAssessments')
    .selectAll()
    .where('enterpriseId', '=', enterprise.id)
    .where('eventId', '=', eventId)
    .orderBy('assessedAt', 'desc')
    .orderBy('id')
    .execute();
}

export async function insertAssessment(
  trx: Trx,
  row: Omit<AssessmentRow, 'inputs' | 'band'> & { inputs: unknown; band: unknown },
) {
  await trx
    .insertInto('riskAssessments')
    .values({
      ...row,
      inputs: JSON.stringify(row.inputs),
      band: row.band === null ? null : JSON.stringify(row.band),
    })
    .execute();
}

/**
 * The tables the enterprise assesses with: its own choice, else the default of its industry (the
 * first of its industries in the reference order that has one), else the system's.
 */
export async function findSettings(db: Db | Trx, enterprise: EnterpriseScope): Promise<RiskSettings> {
  return settingsOfEnterprise(db, enterprise.id);
}

/** findSettings for an enterprise id the caller has already scoped. */
export async function settingsOfEnterprise(db: Db | Trx, enterpriseId: string): Promise<RiskSettings> {
  const own = await db
    .selectFrom('riskSettings')
    .select(['defaultMethod', 'lecTable', 'lsTable', 'mesTable', 'tablesChosen'])
    .where('enterpriseId', '=', enterpriseId)
    .executeTakeFirst();
  const tables = (row: {
    defaultMethod: RiskSettings['defaultMethod'];
    lecTable: string;
    lsTable: string;
    mesTable: string;
  }) => ({
    defaultMethod: row.defaultMethod,
    lecTable: row.lecTable,
    lsTable: row.lsTable,
    mesTable: row.mesTable,
  });
  if (own?.tablesChosen) return { ...tables(own), source: 'enterprise', industry: null };
  const inherited = await db
    .selectFrom('enterpriseIndustries as ei')
    .innerJoin('riskIndustryTableDefaults as d', 'd.industryCode', 'ei.industryCode')
    .innerJoin('industries as i', 'i.code', 'ei.industryCode')
    .select(['d.defaultMethod', 'd.lecTable', 'd.lsTable', 'd.mesTable', 'i.code', 'i.nameZh'])
    .where('ei.enterpriseId', '=', enterpriseId)
    .orderBy('i.sort')
    .executeTakeFirst();
  if (inherited) {
    return {
      ...tables(inherited),
      source: 'industry',
      industry: { code: inherited.code, nameZh: inherited.nameZh },
    };
  }
  return {
    defaultMethod: 'lec',
    lecTable: defaultTableSetKeys.lec,
    lsTable: defaultTableSetKeys.ls,
    mesTable: defaultTableSetKeys.mes,
    source: 'system',
    industry: null,
  };
}
