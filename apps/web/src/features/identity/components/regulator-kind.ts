import type { TFunction } from 'i18next';

/** Kind label; a kind the web does not know yet is shown as its code rather than hidden. */
export function regulatorKindLabel(t: TFunction, kind: string): string {
  return t(`admin:regulators.kinds.${kind}`, { defaultValue: kind });
}

export const knownRegulatorKinds = [
  'emergencyBureau',
  'safetyCommitteeOffice',
  'housingConstruction',
  'urbanManagement',
  'transport',
  'education',
  'health',
  'culturalTourism',
  'marketSupervision',
  'development',
  'industryInformation',
  'waterResources',
  'agriculture',
  'forestry',
  'naturalResources',
  'civilAffairs',
  'commerce',
  'publicSecurity',
  'fireRescue',
  'township',
] as const;
