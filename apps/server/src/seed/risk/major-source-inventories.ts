/**
 * Design-maximum inventories of the demo county's GB 18218 candidates: the chemical plant's tank
 * farm, the LPG station, the ammonia cold store (all major sources) and a gas station (below the
 * threshold, evaluated all the same).
 */
export type DemoInventory = {
  /** Matches the demo enterprise whose key or features fit. */
  enterpriseKey?: string;
  feature?: string;
  /** Picks the object that holds the inventory (by name). */
  objectName: RegExp;
  exposedPopulation: number;
  /** The registration code the filing (备案) authority issued, as the demo has it. */
  registrationCode: string;
  inventory: { substanceCode: string; quantityTonnes: number; hazardClasses?: string[] }[];
};

export const demoInventories: DemoInventory[] = [
  {
    enterpriseKey: 'hongda-chemical',
    objectName: /罐/,
    exposedPopulation: 160,
    registrationCode: '341122-2019-0003',
    inventory: [
      { substanceCode: 'T1-65', quantityTonnes: 400, hazardClasses: ['W5.3'] }, // 甲醇
      { substanceCode: 'T1-64', quantityTonnes: 300, hazardClasses: ['W5.3'] }, // 甲苯
      { substanceCode: 'T1-01', quantityTonnes: 8 }, // 液氨
    ],
  },
  {
    enterpriseKey: 'baishi-lpg',
    objectName: /储|罐/,
    exposedPopulation: 60,
    registrationCode: '341122-2020-0011',
    inventory: [{ substanceCode: 'T1-52', quantityTonnes: 60, hazardClasses: ['W2'] }], // 液化石油气
  },
  {
    feature: 'ammoniaRefrigeration',
    objectName: /氨|制冷|冷/,
    exposedPopulation: 220,
    registrationCode: '341122-2018-0007',
    inventory: [{ substanceCode: 'T1-01', quantityTonnes: 15 }], // 液氨
  },
  {
    enterpriseKey: 'sinopec-chengguan',
    objectName: /罐|油/,
    exposedPopulation: 80,
    registrationCode: '341122-2021-0015',
    inventory: [{ substanceCode: 'T1-66', quantityTonnes: 90, hazardClasses: ['W5.3'] }], // 汽油
  },
];
