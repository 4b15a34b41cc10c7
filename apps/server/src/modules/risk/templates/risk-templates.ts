import { civilExplosives, fireworks, hazardousChemicals } from './data/chemicals.ts';
import { gas, heating, power } from './data/gas-energy.ts';
import { lightIndustry, machinery, metallurgy } from './data/industry-trade-a.ts';
import { buildingMaterials, commerce, textile } from './data/industry-trade-b.ts';
import { construction, nonCoalMining } from './data/mining-construction.ts';
import { education, healthcare, tourism } from './data/public-services.ts';
import { municipal, roadTransport, specialEquipment, waterResources } from './data/transport-utilities.ts';
import type { AuthorLibrary } from './template-dsl.ts';

/** Every industry starter library, as authored. */
export const riskTemplates: readonly AuthorLibrary[] = [
  hazardousChemicals,
  gas,
  fireworks,
  civilExplosives,
  nonCoalMining,
  construction,
  machinery,
  metallurgy,
  lightIndustry,
  buildingMaterials,
  textile,
  commerce,
  education,
  healthcare,
  tourism,
  roadTransport,
  power,
  waterResources,
  heating,
  municipal,
  specialEquipment,
];

/** The library for an industry code: its own, or one that also serves it (商场 → 人员密集场所). */
export function findTemplate(industryCode: string): AuthorLibrary | undefined {
  return (
    riskTemplates.find((t) => t.industryCode === industryCode) ??
    riskTemplates.find((t) => t.alsoServes?.some((code) => code === industryCode))
  );
}
