import type { ColumnType } from 'kysely';
import type {
  AccidentType1986Code,
  AssessmentInput,
  AssessmentResult,
  PublicRiskCategory,
  PublicRiskGeometry,
  RiskLevel,
} from '@shuangkong/contracts';
import type { Json, Timestamp } from '../../../kernel/index.ts';
import type { Polygons } from './geojson/validate-boundaries.ts';

type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Tables of the map part: jurisdiction boundaries and public-area risks (migrations/…__supervision__map.sql). */
export type MapTables = {
  supervisionBoundaries: {
    jurisdictionCode: string;
    jurisdictionPath: string;
    polygons: Json<Polygons>;
    positionCount: number;
    uploadedAt: Timestamp;
    uploadedBy: string | null;
    uploadedByName: string | null;
  };
  supervisionPublicRisks: {
    id: string;
    name: string;
    category: PublicRiskCategory;
    description: Defaulted<string>;
    jurisdictionCode: string;
    jurisdictionPath: string;
    ownerRegulatorId: string;
    responsibleUnit: string;
    responsiblePerson: string;
    responsiblePhone: string;
    geometry: Json<PublicRiskGeometry>;
    lng: number;
    lat: number;
    accidentTypes: AccidentType1986Code[];
    assessmentInput: Json<AssessmentInput>;
    assessment: Json<AssessmentResult>;
    level: RiskLevel;
    measures: Defaulted<string>;
    status: Defaulted<'active' | 'retired'>;
    version: Defaulted<number>;
    createdAt: Timestamp;
    createdBy: string | null;
    createdByName: string | null;
    updatedAt: Timestamp;
    retiredAt: Timestamp | null;
    retiredBy: string | null;
    retiredByName: string | null;
    retireReason: string | null;
  };
  supervisionPublicRiskHistory: {
    riskId: string;
    seq: number;
    action: 'created' | 'updated' | 'retired';
    at: Timestamp;
    actorId: string | null;
    actorName: string | null;
    level: RiskLevel | null;
    note: string | null;
  };
};
