import { z } from 'zod';

/**
 * GB 2894-2008 安全标志及其使用导则: the four kinds of safety sign, each with its shape and colours,
 * and every sign of the standard by its printed name (40 prohibition, 39 warning, 16 mandatory,
 * 8 information). The names are the standard's; the codes (P01…, W01…) are this product's own,
 * stable keys in the standard's order, because the register stores them. The pictograms are not
 * reproduced: a card prints the sign's shape and colours with its name, and the enterprise posts
 * the official sign on site.
 */
export const safetySignCategory = z.enum(['prohibition', 'warning', 'mandatory', 'information']);
export type SafetySignCategory = z.infer<typeof safetySignCategory>;

export type SafetySign = { code: string; category: SafetySignCategory; nameZh: string };

/** Shape and colours by kind (GB 2894-2008 §4 and GB 2893 safety colours). */
export const safetySignStyle: Record<
  SafetySignCategory,
  {
    nameZh: string;
    shape: 'circle-slash' | 'triangle' | 'circle' | 'square';
    color: string;
    background: string;
  }
> = {
  prohibition: { nameZh: '禁止标志', shape: 'circle-slash', color: '#C8102E', background: '#FFFFFF' },
  warning: { nameZh: '警告标志', shape: 'triangle', color: '#000000', background: '#FFD100' },
  mandatory: { nameZh: '指令标志', shape: 'circle', color: '#FFFFFF', background: '#005EB8' },
  information: { nameZh: '提示标志', shape: 'square', color: '#FFFFFF', background: '#009A44' },
};

const prohibition = [
  '禁止吸烟',
  '禁止烟火',
  '禁止带火种',
  '禁止用水灭火',
  '禁止放置易燃物',
  '禁止堆放',
  '禁止启动',
  '禁止合闸',
  '禁止转动',
  '禁止叉车和厂内机动车辆通行',
  '禁止乘人',
  '禁止靠近',
  '禁止入内',
  '禁止推动',
  '禁止停留',
  '禁止通行',
  '禁止跨越',
  '禁止攀登',
  '禁止跳下',
  '禁止伸出窗外',
  '禁止倚靠',
  '禁止坐卧',
  '禁止蹬踏',
  '禁止触摸',
  '禁止伸入',
  '禁止饮用',
  '禁止抛物',
  '禁止戴手套',
  '禁止穿化纤服装',
  '禁止穿带钉鞋',
  '禁止开启无线移动通讯设备',
  '禁止携带金属物或手表',
  '禁止佩戴心脏起搏器者靠近',
  '禁止植入金属材料者靠近',
  '禁止游泳',
  '禁止滑冰',
  '禁止携带武器及仿真武器',
  '禁止携带托运易燃及易爆物品',
  '禁止携带托运有毒物品及有害液体',
  '禁止携带托运放射性及磁性物品',
];

const warning = [
  '注意安全',
  '当心火灾',
  '当心爆炸',
  '当心腐蚀',
  '当心中毒',
  '当心感染',
  '当心触电',
  '当心电缆',
  '当心自动启动',
  '当心机械伤人',
  '当心塌方',
  '当心冒顶',
  '当心坑洞',
  '当心落物',
  '当心吊物',
  '当心碰头',
  '当心挤压',
  '当心烫伤',
  '当心伤手',
  '当心夹手',
  '当心扎脚',
  '当心有犬',
  '当心弧光',
  '当心高温表面',
  '当心低温',
  '当心磁场',
  '当心电离辐射',
  '当心裂变物质',
  '当心激光',
  '当心微波',
  '当心叉车',
  '当心车辆',
  '当心火车',
  '当心坠落',
  '当心障碍物',
  '当心跌落',
  '当心滑倒',
  '当心落水',
  '当心缝隙',
];

const mandatory = [
  '必须戴防护眼镜',
  '必须佩戴遮光护目镜',
  '必须戴防尘口罩',
  '必须戴防毒面具',
  '必须戴护耳器',
  '必须戴安全帽',
  '必须戴防护帽',
  '必须系安全带',
  '必须穿救生衣',
  '必须穿防护服',
  '必须戴防护手套',
  '必须穿防护鞋',
  '必须洗手',
  '必须加锁',
  '必须接地',
  '必须拔出插头',
];

const information = [
  '紧急出口',
  '避险处',
  '应急避难场所',
  '可动火区',
  '击碎板面',
  '急救点',
  '应急电话',
  '紧急医疗站',
];

const prefix: Record<SafetySignCategory, string> = {
  prohibition: 'P',
  warning: 'W',
  mandatory: 'M',
  information: 'E',
};

const signsOf = (category: SafetySignCategory, names: readonly string[]): SafetySign[] =>
  names.map((nameZh, i) => ({
    code: `${prefix[category]}${String(i + 1).padStart(2, '0')}`,
    category,
    nameZh,
  }));

/** Every sign, in the order a card prints them: warning, prohibition, mandatory, information. */
export const safetySigns: readonly SafetySign[] = [
  ...signsOf('warning', warning),
  ...signsOf('prohibition', prohibition),
  ...signsOf('mandatory', mandatory),
  ...signsOf('information', information),
];

const byCode = new Map(safetySigns.map((s) => [s.code, s]));
export const findSafetySign = (code: string): SafetySign | undefined => byCode.get(code);

/** Codes in print order (warning → prohibition → mandatory → information), each once. */
export function sortSafetySignCodes(codes: readonly string[]): string[] {
  const order = new Map(safetySigns.map((s, i) => [s.code, i]));
  return [...new Set(codes)]
    .filter((c) => order.has(c))
    .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

export const safetySignCode = z
  .string()
  .refine((c) => byCode.has(c), { message: 'Not a GB 2894 safety sign code' });

export const unitSafetySignsInput = z.object({ signCodes: z.array(safetySignCode).max(40) });
export type UnitSafetySignsInput = z.infer<typeof unitSafetySignsInput>;

export const cardSafetySign = z.object({
  code: z.string(),
  category: safetySignCategory,
  nameZh: z.string(),
});
export type CardSafetySign = z.infer<typeof cardSafetySign>;

/** The signs of these codes, in print order, each once; unknown codes are left out. */
export const safetySignsOf = (codes: readonly string[]): CardSafetySign[] =>
  sortSafetySignCodes(codes).flatMap((code) => {
    const sign = byCode.get(code);
    return sign ? [{ code: sign.code, category: sign.category, nameZh: sign.nameZh }] : [];
  });

/**
 * Signs that usually go with a GB 6441-1986 accident type (GB 2894-2008 §9 and common practice):
 * a starting point the safety manager adjusts, never a rule.
 */
const signsByAccidentType1986: Record<string, readonly string[]> = {
  '01': ['当心落物', '必须戴安全帽'],
  '02': ['当心车辆', '当心叉车'],
  '03': ['当心机械伤人', '当心伤手', '禁止转动'],
  '04': ['当心吊物', '必须戴安全帽'],
  '05': ['当心触电', '禁止合闸', '必须接地'],
  '06': ['当心落水', '必须穿救生衣'],
  '07': ['当心烫伤', '当心腐蚀', '必须戴防护眼镜', '必须戴防护手套'],
  '08': ['当心火灾', '禁止烟火', '禁止吸烟'],
  '09': ['当心坠落', '必须系安全带'],
  '010': ['当心塌方', '必须戴安全帽'],
  '011': ['当心冒顶', '必须戴安全帽'],
  '013': ['当心爆炸', '禁止带火种'],
  '014': ['当心爆炸', '禁止烟火', '禁止带火种'],
  '015': ['当心爆炸', '禁止烟火', '禁止带火种'],
  '016': ['当心爆炸', '当心高温表面'],
  '017': ['当心爆炸'],
  '018': ['当心爆炸', '禁止烟火', '禁止带火种'],
  '019': ['当心中毒', '必须戴防毒面具'],
};

const byName = new Map(safetySigns.map((s) => [s.nameZh, s.code]));

/** Suggested sign codes for these accident types, in print order. */
export function suggestSafetySigns(accidentTypes1986: readonly string[]): string[] {
  return sortSafetySignCodes(
    accidentTypes1986.flatMap((t) => (signsByAccidentType1986[t] ?? []).flatMap((n) => byName.get(n) ?? [])),
  );
}

/** For the test: every suggested name is a sign of the catalogue. */
export const suggestedSignNames = (): string[] => [...new Set(Object.values(signsByAccidentType1986).flat())];
