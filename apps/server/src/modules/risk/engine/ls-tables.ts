import { defineTableSet, type FactorTable, type ScoreBand } from './table-set.ts';

// R = L × S with both in 1–5 can only be 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20 or 25, so the
// bands are closed integer ranges as printed (11–16), not a partition of the reals.

/** LS-1 likelihood: pick the highest row any criterion matches. */
const lCriteria: FactorTable<'l'> = {
  key: 'l',
  symbol: 'L',
  nameZh: '可能性（偏差频率、检查、规程、能力、控制措施）',
  options: [
    {
      value: 5,
      labelZh:
        '每次作业或每月发生；无检查标准或不按标准检查；无规程或从不执行；人员不胜任；无监测或从未投用，无应急措施',
      labelEn:
        'Every job or monthly; no checks, no procedure, not competent, no monitoring or emergency measures',
    },
    {
      value: 4,
      labelZh:
        '每季度发生；检查标准不全或很少检查；规程不全或很少执行；有证但未有效培训；监测部分投用，应急措施不全或未演练',
      labelEn:
        'Quarterly; checks and procedures incomplete or rarely followed; certificate without effective training',
    },
    {
      value: 3,
      labelZh:
        '每年发生；变更后检查标准或规程未更新，多数未执行；基本胜任但重复犯错；应急措施变更后未更新或操作人员不了解',
      labelEn: 'Yearly; standards not updated after change, mostly not followed; repeats errors',
    },
    {
      value: 2,
      labelZh: '每年或曾经发生；标准和规程完善但偶尔不执行；胜任但偶有差错；联锁偶尔失电；每年演练一次',
      labelEn:
        'Yearly or has happened; complete but occasionally not followed; occasional errors; drilled once a year',
    },
    {
      value: 1,
      labelZh: '从未发生；标准和规程完善并严格执行；高度胜任；监测完善、联锁从未失效，每年至少演练两次',
      labelEn:
        'Never happened; complete and strictly followed; highly competent; drills at least twice a year',
    },
  ],
};

/** LS-1 severity: the worst of injury, loss, compliance, environment and reputation. */
const sCriteria: FactorTable<'s'> = {
  key: 's',
  symbol: 'S',
  nameZh: '严重性（人员、经济损失、法规、环境、声誉）',
  options: [
    {
      value: 5,
      labelZh: '≥3人死亡或≥7人重伤；直接经济损失>100万元；违反法律法规；周边环境破坏；国际影响',
      labelEn:
        '≥3 deaths or ≥7 serious injuries; loss > ¥1,000,000; breaks law; surroundings damaged; international media',
    },
    {
      value: 4,
      labelZh: '1～2人死亡、3～6人重伤或严重职业病；10万～100万元；潜在违法；作业区域受损；全国影响',
      labelEn:
        '1–2 deaths, 3–6 serious injuries or serious occupational disease; ¥100,000–1,000,000; national media',
    },
    {
      value: 3,
      labelZh: '1～2人重伤或3～6人轻伤；1万～10万元；违反事业部程序；作业点范围内；省级媒体报道',
      labelEn: '1–2 serious or 3–6 minor injuries; ¥10,000–100,000; provincial media',
    },
    {
      value: 2,
      labelZh: '1～2人轻伤；5000～1万元；违反公司规章；设备周边；无公众影响',
      labelEn: '1–2 minor injuries; ¥5,000–10,000; breaks company rules; no public impact',
    },
    {
      value: 1,
      labelZh: '一般无损伤；<5000元；完全符合；基本无环境影响；本岗位或作业点',
      labelEn: 'Usually no injury; < ¥5,000; compliant; no environmental impact',
    },
  ],
};

const bandsCriteria: readonly ScoreBand[] = [
  {
    min: 17,
    max: 25,
    minInclusive: true,
    maxInclusive: true,
    label: 'Ⅰ级 关键风险，立即停止作业',
    level: 'major',
  },
  {
    min: 11,
    max: 16,
    minInclusive: true,
    maxInclusive: true,
    label: 'Ⅱ级 重要风险，必须降低风险',
    level: 'significant',
  },
  {
    min: 5,
    max: 10,
    minInclusive: true,
    maxInclusive: true,
    label: 'Ⅲ级 中度风险，需要特别控制',
    level: 'general',
  },
  { min: 1, max: 4, minInclusive: true, maxInclusive: true, label: 'Ⅳ级 低度风险，持续关注', level: 'low' },
];

const lFrequency: FactorTable<'l'> = {
  key: 'l',
  symbol: 'L',
  nameZh: '可能性（发生频率）',
  options: [
    { value: 5, labelZh: '每年可能发生', labelEn: 'May happen every year' },
    { value: 4, labelZh: '5年内可能发生一次', labelEn: 'Once within 5 years' },
    { value: 3, labelZh: '10年内可能发生一次', labelEn: 'Once within 10 years' },
    { value: 2, labelZh: '10年以上可能发生一次', labelEn: 'Once in more than 10 years' },
    { value: 1, labelZh: '50年以上可能发生一次', labelEn: 'Once in more than 50 years' },
  ],
};

const sFrequency: FactorTable<'s'> = {
  key: 's',
  symbol: 'S',
  nameZh: '严重性（后果）',
  options: [
    { value: 5, labelZh: '一人死亡或影响极其严重', labelEn: 'One death, or extremely serious impact' },
    { value: 4, labelZh: '多人重伤', labelEn: 'Several people seriously injured' },
    { value: 3, labelZh: '一人重伤', labelEn: 'One person seriously injured' },
    {
      value: 2,
      labelZh: '一人需急救或多人轻伤',
      labelEn: 'One person needs first aid, or several minor injuries',
    },
    { value: 1, labelZh: '一人轻伤', labelEn: 'One minor injury' },
  ],
};

const bandsFrequency: readonly ScoreBand[] = [
  { min: 20, max: 25, minInclusive: true, maxInclusive: true, label: 'Ⅰ级 重大风险', level: 'major' },
  { min: 9, max: 16, minInclusive: true, maxInclusive: true, label: 'Ⅱ级 较大风险', level: 'significant' },
  { min: 4, max: 8, minInclusive: true, maxInclusive: true, label: 'Ⅲ级 一般风险', level: 'general' },
  { min: 1, max: 3, minInclusive: true, maxInclusive: true, label: 'Ⅳ级 低风险（轻微）', level: 'low' },
];

/** LS-1, the criteria-based matrix of chemical enterprises (STANDARDS §1.2); the default because the product starts with chemicals. */
export const lsDefault = defineTableSet<'ls'>({
  method: 'ls',
  id: 'ls-default',
  version: 1,
  nameZh: '风险矩阵 LS（化工企业准则，17～25 重大）',
  source: 'STANDARDS §1.2 variant LS-1',
  scoreSymbol: 'R',
  factors: [lCriteria, sCriteria],
  bands: bandsCriteria,
});

/** LS-2, the frequency/consequence matrix (STANDARDS §1.2). */
export const lsFrequency = defineTableSet<'ls'>({
  method: 'ls',
  id: 'ls-frequency',
  version: 1,
  nameZh: '风险矩阵 LS（频率／后果，20～25 重大）',
  source: 'STANDARDS §1.2 variant LS-2',
  scoreSymbol: 'R',
  factors: [lFrequency, sFrequency],
  bands: bandsFrequency,
});
