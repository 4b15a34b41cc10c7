import type { RiskLevel, SupervisionTier } from '@shuangkong/contracts';
import type { ColumnType } from 'kysely';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Tables of the regional part (区域安全风险数据库, 分级监管, the regulator dashboard). */
export type RegionalTables = {
  /** A regulator's 分级监管 table: adjusted level → tier and planned inspections a year. */
  supervisionTierTables: {
    regulatorId: string;
    level: RiskLevel;
    tier: SupervisionTier;
    inspectionsHighRisk: number;
    inspectionsOther: number;
    updatedAt: Defaulted<Date>;
    updatedBy: string | null;
    updatedByName: Defaulted<string>;
  };
};
