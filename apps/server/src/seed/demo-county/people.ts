/**
 * Deterministic Chinese names and mobile numbers. `personFor(seedKey)` depends only on its key,
 * so adding a person never changes anyone else.
 */
import { intBetween, pick, rngFor } from './prng.ts';

/** 'x:pinyin y:pinyin …' → [[x, pinyin], …] */
function parsePairs(s: string): readonly (readonly [string, string])[] {
  return s.split(/\s+/).map((pair) => {
    const [hanzi = '', pinyin = ''] = pair.split(':');
    return [hanzi, pinyin] as const;
  });
}

/** Common surnames with pinyin, most frequent first (personFor favours the head). */
const SURNAMES = parsePairs(
  '王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma ' +
    '朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu ' +
    '韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 蒋:jiang ' +
    '蔡:cai 杜:du 叶:ye 程:cheng 魏:wei 苏:su 吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 汪:wang 钱:qian ' +
    '陆:lu 顾:gu 孔:kong 邵:shao 万:wan 严:yan 方:fang 石:shi',
);

const GIVEN = parsePairs(
  '伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 艳:yan 杰:jie ' +
    '娟:juan 涛:tao 明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui 华:hua 建:jian 国:guo 文:wen ' +
    '志:zhi 海:hai 红:hong 玉:yu 兰:lan 春:chun 林:lin 峰:feng 斌:bin 浩:hao 鹏:peng 宇:yu 晨:chen ' +
    '鑫:xin 婷:ting 雪:xue 慧:hui 琳:lin 亮:liang 波:bo 辉:hui 宁:ning 立:li 新:xin 德:de 成:cheng ' +
    '永:yong 忠:zhong 荣:rong 卫:wei 东:dong 俊:jun 凯:kai 思:si 佳:jia 欣:xin 梅:mei 燕:yan 晓:xiao ' +
    '云:yun 飞:fei 金:jin 宏:hong 振:zhen 少:shao 正:zheng',
);

/** Mobile prefixes of the three carriers. */
const MOBILE_PREFIXES = (
  '130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 186 ' +
  '187 188 189'
).split(' ');

export interface GeneratedPerson {
  name: string;
  /** Lowercase pinyin of the full name, no tones: the base of a username. */
  pinyin: string;
  phone: string;
}

export function personFor(seedKey: string): GeneratedPerson {
  const rng = rngFor(`person:${seedKey}`);
  // Squaring the uniform draw favours the frequent surnames at the head of the list.
  const surnameIndex = Math.floor(rng() * rng() * SURNAMES.length);
  const surname = SURNAMES[surnameIndex] ?? ['王', 'wang'];
  const givenCount = rng() < 0.7 ? 2 : 1;
  const given = Array.from({ length: givenCount }, () => pick(rng, GIVEN));
  const name = surname[0] + given.map((g) => g[0]).join('');
  const pinyin = surname[1] + given.map((g) => g[1]).join('');
  const phone = pick(rng, MOBILE_PREFIXES) + String(intBetween(rng, 0, 99_999_999)).padStart(8, '0');
  return { name, pinyin, phone };
}
