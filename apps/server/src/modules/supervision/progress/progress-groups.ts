import type { MilestoneStatus, ProgressDimension, ProgressGroup } from '@shuangkong/contracts';
import { countMilestones } from './progress-milestones.ts';

/** A regulator's remit as the groupings read it: its place's path and one industry ('*' = all). */
export type RemitLine = { id: string; name: string; level: string; path: string; industryCode: string };

const within = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor}.`);
const covers = (code: string, industry: string) => industry === code || industry.startsWith(`${code}.`);

/**
 * The departments (行业主管部门) of an enterprise: the regulators whose remit names one of its
 * industries for a place that contains it (seed 004's 行业职责分工, seed 003's 行业主管科室). An
 * enterprise no industry department covers falls to the comprehensive regulators above township
 * level (the emergency bureau, whose '*' remit covers it). Townships are a place, not a department.
 */
export function departmentsOf(
  enterprise: { jurisdictionPath: string; industryCodes: readonly string[] },
  remits: readonly RemitLine[],
): { id: string; name: string }[] {
  const inPlace = remits.filter((r) => within(enterprise.jurisdictionPath, r.path));
  const industry = inPlace.filter(
    (r) => r.industryCode !== '*' && enterprise.industryCodes.some((c) => covers(r.industryCode, c)),
  );
  const chosen =
    industry.length > 0
      ? industry
      : inPlace.filter((r) => r.industryCode === '*' && r.level !== 'township' && r.level !== 'grid');
  const seen = new Map<string, string>();
  for (const r of chosen) if (!seen.has(r.id)) seen.set(r.id, r.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** The township (or street) of a place path, from the list of township paths. */
export function townshipOf<T extends { path: string }>(path: string, townships: readonly T[]): T | null {
  return townships.find((t) => within(path, t.path)) ?? null;
}

/** The top-level industry of a code ('industry_trade.commerce' → 'industry_trade'). */
export const topIndustry = (code: string) => code.split('.')[0] ?? code;

/** What grouping needs of one enterprise's progress. */
export type Groupable = {
  townshipCode: string | null;
  townshipName: string | null;
  industryCodes: readonly string[];
  industryNames: readonly string[];
  departments: readonly { id: string; name: string }[];
  milestones: readonly MilestoneStatus[];
};

/**
 * Counts per milestone by township, industry or department. An enterprise of two industries (or
 * under two departments) counts in each of its groups; one without a township or department sits
 * in the group '' (未划分).
 */
export function groupProgress(
  rows: readonly Groupable[],
  by: ProgressDimension,
  industryName: (code: string) => string,
): ProgressGroup[] {
  const groups = new Map<string, { name: string; members: (readonly MilestoneStatus[])[] }>();
  const add = (key: string, name: string, m: readonly MilestoneStatus[]) => {
    const g = groups.get(key) ?? { name, members: [] };
    g.members.push(m);
    groups.set(key, g);
  };
  for (const r of rows) {
    if (by === 'township') add(r.townshipCode ?? '', r.townshipName ?? '', r.milestones);
    else if (by === 'industry') {
      const tops = [...new Set(r.industryCodes.map(topIndustry))];
      if (tops.length === 0) add('', '', r.milestones);
      for (const code of tops) add(code, industryName(code), r.milestones);
    } else {
      if (r.departments.length === 0) add('', '', r.milestones);
      for (const d of r.departments) add(d.id, d.name, r.milestones);
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, name: g.name, ...countMilestones(g.members) }))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.name.localeCompare(b.name, 'zh-CN')));
}
