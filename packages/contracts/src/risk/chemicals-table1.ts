// Generated once from shared/domain/data/gb18218-2018-table1.csv (GB 18218-2018 表1, STANDARDS §4.3).
// Keep it in step with that file by hand: a change to a Q value changes which sites are major sources.
import type { Table1Substance } from './chemicals.ts';

/** GB 18218-2018 表1: the 85 named substances with critical quantity Q in tonnes. */
export const gb18218Table1: readonly Table1Substance[] = [
  { code: 'T1-01', no: 1, name: '氨', aliases: ['液氨', '氨气'], cas: ['7664-41-7'], criticalQuantityT: 10 },
  { code: 'T1-02', no: 2, name: '二氟化氧', aliases: ['一氧化二氟'], cas: ['7783-41-7'], criticalQuantityT: 1 },
  { code: 'T1-03', no: 3, name: '二氧化氮', aliases: [], cas: ['10102-44-0'], criticalQuantityT: 1 },
  { code: 'T1-04', no: 4, name: '二氧化硫', aliases: ['亚硫酸酐'], cas: ['7446-09-5'], criticalQuantityT: 20 },
  { code: 'T1-05', no: 5, name: '氟', aliases: [], cas: ['7782-41-4'], criticalQuantityT: 1 },
  { code: 'T1-06', no: 6, name: '碳酰氯', aliases: ['光气'], cas: ['75-44-5'], criticalQuantityT: 0.3 },
  { code: 'T1-07', no: 7, name: '环氧乙烷', aliases: ['氧化乙烯'], cas: ['75-21-8'], criticalQuantityT: 10 },
  { code: 'T1-08', no: 8, name: '甲醛(含量>90%)', aliases: [], cas: ['50-00-0'], criticalQuantityT: 5 },
  { code: 'T1-09', no: 9, name: '磷化氢', aliases: [], cas: ['7803-51-2'], criticalQuantityT: 1 },
  { code: 'T1-10', no: 10, name: '硫化氢', aliases: [], cas: ['7783-06-4'], criticalQuantityT: 5 },
  { code: 'T1-11', no: 11, name: '氯化氢(无水)', aliases: [], cas: ['7647-01-0'], criticalQuantityT: 20 },
  { code: 'T1-12', no: 12, name: '氯', aliases: ['液氯', '氯气'], cas: ['7782-50-5'], criticalQuantityT: 5 },
  { code: 'T1-13', no: 13, name: '煤气(CO, CO与H₂、CH₄的混合物等)', aliases: [], cas: [], criticalQuantityT: 20 },
  { code: 'T1-14', no: 14, name: '砷化氢', aliases: [], cas: ['7784-42-1'], criticalQuantityT: 1 },
  { code: 'T1-15', no: 15, name: '锑化氢', aliases: [], cas: ['7803-52-3'], criticalQuantityT: 1 },
  { code: 'T1-16', no: 16, name: '硒化氢', aliases: [], cas: ['7783-07-5'], criticalQuantityT: 1 },
  { code: 'T1-17', no: 17, name: '溴甲烷', aliases: [], cas: ['74-83-9'], criticalQuantityT: 10 },
  { code: 'T1-18', no: 18, name: '丙酮氰醇', aliases: [], cas: ['75-86-5'], criticalQuantityT: 20 },
  { code: 'T1-19', no: 19, name: '丙烯醛', aliases: [], cas: ['107-02-8'], criticalQuantityT: 20 },
  { code: 'T1-20', no: 20, name: '氟化氢', aliases: [], cas: ['7664-39-3'], criticalQuantityT: 1 },
  { code: 'T1-21', no: 21, name: '1-氯-2,3-环氧丙烷', aliases: ['环氧氯丙烷'], cas: ['106-89-8'], criticalQuantityT: 20 },
  { code: 'T1-22', no: 22, name: '3-溴-1,2-环氧丙烷', aliases: ['环氧溴丙烷'], cas: ['3132-64-7'], criticalQuantityT: 20 },
  { code: 'T1-23', no: 23, name: '甲苯二异氰酸酯', aliases: ['TDI'], cas: ['26471-62-5'], criticalQuantityT: 100 },
  { code: 'T1-24', no: 24, name: '一氯化硫', aliases: [], cas: ['10025-67-9'], criticalQuantityT: 1 },
  { code: 'T1-25', no: 25, name: '氰化氢', aliases: [], cas: ['74-90-8'], criticalQuantityT: 1 },
  { code: 'T1-26', no: 26, name: '三氧化硫', aliases: [], cas: ['7446-11-9'], criticalQuantityT: 75 },
  { code: 'T1-27', no: 27, name: '3-氨基丙烯', aliases: ['烯丙胺'], cas: ['107-11-9'], criticalQuantityT: 20 },
  { code: 'T1-28', no: 28, name: '溴', aliases: [], cas: ['7726-95-6'], criticalQuantityT: 20 },
  { code: 'T1-29', no: 29, name: '乙撑亚胺', aliases: ['氮丙啶'], cas: ['151-56-4'], criticalQuantityT: 20 },
  { code: 'T1-30', no: 30, name: '异氰酸甲酯', aliases: [], cas: ['624-83-9'], criticalQuantityT: 0.75 },
  { code: 'T1-31', no: 31, name: '叠氮化钡', aliases: [], cas: ['18810-58-7'], criticalQuantityT: 0.5 },
  { code: 'T1-32', no: 32, name: '叠氮化铅', aliases: [], cas: ['13424-46-9'], criticalQuantityT: 0.5 },
  { code: 'T1-33', no: 33, name: '雷汞', aliases: [], cas: ['628-86-4'], criticalQuantityT: 0.5 },
  { code: 'T1-34', no: 34, name: '三硝基苯甲醚', aliases: [], cas: ['28653-16-9'], criticalQuantityT: 5 },
  { code: 'T1-35', no: 35, name: '2,4,6-三硝基甲苯', aliases: ['TNT'], cas: ['118-96-7'], criticalQuantityT: 5 },
  { code: 'T1-36', no: 36, name: '硝化甘油', aliases: [], cas: ['55-63-0'], criticalQuantityT: 1 },
  { code: 'T1-37', no: 37, name: '硝化纤维素[干的或含水(或乙醇)<25%]', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 1 },
  { code: 'T1-38', no: 38, name: '硝化纤维素(未改型的或增塑的, 含增塑剂<18%)', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 1 },
  { code: 'T1-39', no: 39, name: '硝化纤维素(含乙醇≥25%)', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 10 },
  { code: 'T1-40', no: 40, name: '硝化纤维素(含氮≤12.6%)', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 50 },
  { code: 'T1-41', no: 41, name: '硝化纤维素(含水≥25%)', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 50 },
  { code: 'T1-42', no: 42, name: '硝化纤维素溶液(含氮量≤12.6%, 含硝化纤维素≤55%)', aliases: [], cas: ['9004-70-0'], criticalQuantityT: 50 },
  { code: 'T1-43', no: 43, name: '硝酸铵(含可燃物>0.2%)', aliases: [], cas: ['6484-52-2'], criticalQuantityT: 5 },
  { code: 'T1-44', no: 44, name: '硝酸铵(含可燃物≤0.2%)', aliases: [], cas: ['6484-52-2'], criticalQuantityT: 50 },
  { code: 'T1-45', no: 45, name: '硝酸铵肥料(含可燃物≤0.4%)', aliases: [], cas: [], criticalQuantityT: 200 },
  { code: 'T1-46', no: 46, name: '硝酸钾', aliases: [], cas: ['7757-79-1'], criticalQuantityT: 1000 },
  { code: 'T1-47', no: 47, name: '1,3-丁二烯', aliases: [], cas: ['106-99-0'], criticalQuantityT: 5 },
  { code: 'T1-48', no: 48, name: '二甲醚', aliases: [], cas: ['115-10-6'], criticalQuantityT: 50 },
  { code: 'T1-49', no: 49, name: '甲烷, 天然气', aliases: ['甲烷', '天然气'], cas: ['74-82-8', '8006-14-2'], criticalQuantityT: 50 },
  { code: 'T1-50', no: 50, name: '氯乙烯', aliases: [], cas: ['75-01-4'], criticalQuantityT: 50 },
  { code: 'T1-51', no: 51, name: '氢', aliases: [], cas: ['1333-74-0'], criticalQuantityT: 5 },
  { code: 'T1-52', no: 52, name: '液化石油气(含丙烷、丁烷及其混合物)', aliases: [], cas: ['68476-85-7'], criticalQuantityT: 50 },
  { code: 'T1-53', no: 53, name: '一甲胺', aliases: [], cas: ['74-89-5'], criticalQuantityT: 5 },
  { code: 'T1-54', no: 54, name: '乙炔', aliases: [], cas: ['74-86-2'], criticalQuantityT: 1 },
  { code: 'T1-55', no: 55, name: '乙烯', aliases: [], cas: ['74-85-1'], criticalQuantityT: 50 },
  { code: 'T1-56', no: 56, name: '氧(压缩的或液化的)', aliases: [], cas: ['7782-44-7'], criticalQuantityT: 200 },
  { code: 'T1-57', no: 57, name: '苯', aliases: [], cas: ['71-43-2'], criticalQuantityT: 50 },
  { code: 'T1-58', no: 58, name: '苯乙烯', aliases: [], cas: ['100-42-5'], criticalQuantityT: 500 },
  { code: 'T1-59', no: 59, name: '丙酮', aliases: [], cas: ['67-64-1'], criticalQuantityT: 500 },
  { code: 'T1-60', no: 60, name: '2-丙烯腈', aliases: [], cas: ['107-13-1'], criticalQuantityT: 50 },
  { code: 'T1-61', no: 61, name: '二硫化碳', aliases: [], cas: ['75-15-0'], criticalQuantityT: 50 },
  { code: 'T1-62', no: 62, name: '环己烷', aliases: [], cas: ['110-82-7'], criticalQuantityT: 500 },
  { code: 'T1-63', no: 63, name: '1,2-环氧丙烷', aliases: [], cas: ['75-56-9'], criticalQuantityT: 10 },
  { code: 'T1-64', no: 64, name: '甲苯', aliases: [], cas: ['108-88-3'], criticalQuantityT: 500 },
  { code: 'T1-65', no: 65, name: '甲醇', aliases: [], cas: ['67-56-1'], criticalQuantityT: 500 },
  { code: 'T1-66', no: 66, name: '汽油(乙醇汽油、甲醇汽油)', aliases: [], cas: ['86290-81-5'], criticalQuantityT: 200 },
  { code: 'T1-67', no: 67, name: '乙醇', aliases: [], cas: ['64-17-5'], criticalQuantityT: 500 },
  { code: 'T1-68', no: 68, name: '乙醚', aliases: [], cas: ['60-29-7'], criticalQuantityT: 10 },
  { code: 'T1-69', no: 69, name: '乙酸乙酯', aliases: [], cas: ['141-78-6'], criticalQuantityT: 500 },
  { code: 'T1-70', no: 70, name: '正己烷', aliases: [], cas: ['110-54-3'], criticalQuantityT: 500 },
  { code: 'T1-71', no: 71, name: '过乙酸', aliases: [], cas: ['79-21-0'], criticalQuantityT: 10 },
  { code: 'T1-72', no: 72, name: '过氧化甲基乙基酮(10%<有效氧≤10.7%, 含A型稀释剂≥48%)', aliases: [], cas: ['1338-23-4'], criticalQuantityT: 10 },
  { code: 'T1-73', no: 73, name: '白磷', aliases: ['黄磷'], cas: ['12185-10-3'], criticalQuantityT: 50 },
  { code: 'T1-74', no: 74, name: '烷基铝', aliases: [], cas: [], criticalQuantityT: 1 },
  { code: 'T1-75', no: 75, name: '戊硼烷', aliases: [], cas: ['19624-22-7'], criticalQuantityT: 1 },
  { code: 'T1-76', no: 76, name: '过氧化钾', aliases: [], cas: ['17014-71-0'], criticalQuantityT: 20 },
  { code: 'T1-77', no: 77, name: '过氧化钠', aliases: [], cas: ['1313-60-6'], criticalQuantityT: 20 },
  { code: 'T1-78', no: 78, name: '氯酸钾', aliases: [], cas: ['3811-04-9'], criticalQuantityT: 100 },
  { code: 'T1-79', no: 79, name: '氯酸钠', aliases: [], cas: ['7775-09-9'], criticalQuantityT: 100 },
  { code: 'T1-80', no: 80, name: '发烟硝酸', aliases: [], cas: ['52583-42-3'], criticalQuantityT: 20 },
  { code: 'T1-81', no: 81, name: '硝酸(发红烟的除外, 含硝酸>70%)', aliases: [], cas: ['7697-37-2'], criticalQuantityT: 100 },
  { code: 'T1-82', no: 82, name: '硝酸胍', aliases: [], cas: ['506-93-4'], criticalQuantityT: 50 },
  { code: 'T1-83', no: 83, name: '碳化钙', aliases: ['电石'], cas: ['75-20-7'], criticalQuantityT: 100 },
  { code: 'T1-84', no: 84, name: '钾', aliases: [], cas: ['7440-09-7'], criticalQuantityT: 1 },
  { code: 'T1-85', no: 85, name: '钠', aliases: [], cas: ['7440-23-5'], criticalQuantityT: 10 },
];
