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
  /** The rest of the facts as filed. */
  facts: {
    kind: 'productionUnit' | 'tankFarm' | 'warehouse' | 'other';
    involvesHazardousProcess: boolean;
    filingDate: string;
    filingValidUntil: string;
    lastAssessmentYear: number;
    inServiceDate: string;
  };
  inventory: { substanceCode: string; quantityTonnes: number; hazardClasses?: string[] }[];
};

export const demoInventories: DemoInventory[] = [
  {
    enterpriseKey: 'hongda-chemical',
    objectName: /罐/,
    exposedPopulation: 160,
    registrationCode: '341122-2019-0003',
    facts: {
      kind: 'tankFarm',
      involvesHazardousProcess: false,
      // Re-assessed and filed again when the 2023 filing ran out (a filing is valid three years).
      filingDate: '2026-04-28',
      filingValidUntil: '2029-04-27',
      lastAssessmentYear: 2026,
      inServiceDate: '2012-09-01',
    },
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
    facts: {
      kind: 'tankFarm',
      involvesHazardousProcess: false,
      filingDate: '2026-11-10',
      filingValidUntil: '2029-11-09',
      lastAssessmentYear: 2026,
      inServiceDate: '2015-04-18',
    },
    inventory: [{ substanceCode: 'T1-52', quantityTonnes: 60, hazardClasses: ['W2'] }], // 液化石油气
  },
  {
    feature: 'ammoniaRefrigeration',
    objectName: /氨|制冷|冷/,
    exposedPopulation: 220,
    registrationCode: '341122-2018-0007',
    facts: {
      kind: 'productionUnit',
      involvesHazardousProcess: true,
      filingDate: '2024-03-01',
      filingValidUntil: '2027-02-28',
      lastAssessmentYear: 2024,
      inServiceDate: '2009-06-30',
    },
    inventory: [{ substanceCode: 'T1-01', quantityTonnes: 15 }], // 液氨
  },
  {
    enterpriseKey: 'sinopec-chengguan',
    objectName: /罐|油/,
    exposedPopulation: 80,
    registrationCode: '341122-2021-0015',
    facts: {
      kind: 'tankFarm',
      involvesHazardousProcess: false,
      filingDate: '2024-08-15',
      filingValidUntil: '2027-08-14',
      lastAssessmentYear: 2024,
      inServiceDate: '2017-10-10',
    },
    inventory: [{ substanceCode: 'T1-66', quantityTonnes: 90, hazardClasses: ['W5.3'] }], // 汽油
  },
];
