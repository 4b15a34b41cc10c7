import type { RiskLevel } from '@shuangkong/contracts';

/** Domain events of the map part; each is also its audit action. */
export type MapDomainEvent =
  | {
      type: 'supervision.boundaries-replaced';
      rootCode: string;
      codes: string[];
      replaced: number;
    }
  | {
      type: 'supervision.public-risk-created';
      riskId: string;
      jurisdictionCode: string;
      ownerRegulatorId: string;
      level: RiskLevel;
    }
  | {
      type: 'supervision.public-risk-updated';
      riskId: string;
      jurisdictionCode: string;
      ownerRegulatorId: string;
      level: RiskLevel;
      previousLevel: RiskLevel;
    }
  | {
      type: 'supervision.public-risk-retired';
      riskId: string;
      jurisdictionCode: string;
      reason: string;
    };
