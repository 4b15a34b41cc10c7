import type {
  AssessmentKind,
  AssessmentMethod,
  ControlHierarchy,
  ControlTier as Tier,
  DataSrc,
  IdentificationState,
  IdentificationTense,
  MajorSourceKind,
  MeasureKind,
  RiskChangeKind,
  RiskLevel as Level,
  RiskObjectKind,
  RiskSignatureAction,
  RiskUnitStatus as UnitStatus,
  StewardRole,
} from '@shuangkong/contracts';
import type { ColumnType } from 'kysely';
import type { Json, Timestamp } from '../../kernel/index.ts';

// Column types come from the contracts' enums, so a new code is declared once. The short names
// are kept for the register's own code.
export type { Level, Tier, UnitStatus };
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/** Tables owned by the risk module. */
export type RiskTables = {
  riskIndustryTableDefaults: {
    industryCode: string;
    defaultMethod: Exclude<AssessmentMethod, 'direct'>;
    lecTable: string;
    lsTable: string;
    mesTable: string;
    updatedAt: Defaulted<Date>;
    updatedBy: string | null;
  };
  riskCardPrints: {
    enterpriseId: string;
    id: string;
    kind: 'post' | 'emergency';
    postId: string;
    contentHash: string;
    printedAt: Defaulted<Date>;
    printedBy: string | null;
    printedByName: string | null;
  };
  riskTombstones: {
    enterpriseId: string;
    entityType: 'riskEvent' | 'riskControlMeasure';
    entityId: string;
    unitId: string;
    eventId: string | null;
    name: string;
    snapshot: Json;
    deletedAt: Defaulted<Date>;
    deletedBy: string | null;
    deletedByName: string | null;
    reason: Defaulted<string>;
  };
  riskSettings: {
    enterpriseId: string;
    defaultMethod: Defaulted<Exclude<AssessmentMethod, 'direct'>>;
    lecTable: Defaulted<string>;
    lsTable: Defaulted<string>;
    mesTable: Defaulted<string>;
    /** The enterprise chose these tables itself; otherwise its industry's default applies. */
    tablesChosen: Defaulted<boolean>;
    lastFullReviewAt: string | null;
    updatedAt: Timestamp;
  };
  riskControlTierRules: { enterpriseId: string; level: Level; tier: Tier };
  riskObjects: {
    enterpriseId: string;
    id: string;
    code: string;
    name: string;
    kind: RiskObjectKind;
    description: Defaulted<string>;
    responsibleUnitId: string | null;
    responsibleUserId: string | null;
    isMajorSource: Defaulted<boolean>;
    majorSourceCode: string | null;
    majorSourceGrade: number | null;
    exposedPopulation: number | null;
    majorSourceKind: Defaulted<MajorSourceKind | null>;
    involvesHazardousProcess: Defaulted<boolean | null>;
    /** Dates (YYYY-MM-DD). */
    filingDate: Defaulted<string | null>;
    filingValidUntil: Defaulted<string | null>;
    lastAssessmentYear: Defaulted<number | null>;
    inServiceDate: Defaulted<string | null>;
    lat: number | null;
    lng: number | null;
    sort: Defaulted<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    archivedAt: Timestamp | null;
    archivedBy: string | null;
    archivedByName: string | null;
    /** Why it was deleted from the register ('' for archives made before reasons were asked). */
    archiveReason: Defaulted<string>;
  };
  riskUnits: {
    enterpriseId: string;
    id: string;
    objectId: string;
    code: string;
    name: string;
    description: Defaulted<string>;
    responsibleUnitId: string | null;
    responsibleUserId: string | null;
    controlTier: Tier | null;
    controlUnitId: string | null;
    controlUserId: string | null;
    status: Defaulted<UnitStatus>;
    version: Defaulted<number>;
    inherentLevel: Level | null;
    residualLevel: Level | null;
    currentLevel: Level | null;
    /** 失控: the reason of the unit's active missed-check evidence, null when in control. */
    outOfControlReason: string | null;
    needsReassessment: Defaulted<boolean>;
    reassessmentReason: string | null;
    lastAssessedAt: Timestamp | null;
    lat: number | null;
    lng: number | null;
    sort: Defaulted<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
    archivedAt: Timestamp | null;
    archivedBy: string | null;
    archivedByName: string | null;
    /** Why it was deleted from the register ('' for archives made before reasons were asked). */
    archiveReason: Defaulted<string>;
  };
  riskUnitPosts: { enterpriseId: string; unitId: string; postId: string };
  riskUnitSafetySigns: { enterpriseId: string; unitId: string; signCode: string };
  riskUnitSteps: {
    enterpriseId: string;
    id: string;
    unitId: string;
    kind: 'jhaStep' | 'sclItem';
    seq: number;
    name: string;
    standard: Defaulted<string>;
  };
  riskEvents: {
    enterpriseId: string;
    id: string;
    unitId: string;
    stepId: string | null;
    name: string;
    description: Defaulted<string>;
    accidentTypes1986: Defaulted<string[]>;
    accidentTypes2025: Defaulted<string[]>;
    state: Defaulted<IdentificationState>;
    tense: Defaulted<IdentificationTense>;
    consequences: Defaulted<string>;
    inherentLevel: Level | null;
    residualLevel: Level | null;
    inherentAssessmentId: string | null;
    residualAssessmentId: string | null;
    sort: Defaulted<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  riskEventFactors: { enterpriseId: string; eventId: string; code: string; note: Defaulted<string> };
  riskAssessments: {
    enterpriseId: string;
    id: string;
    eventId: string;
    kind: AssessmentKind;
    method: AssessmentMethod;
    tableVersion: string;
    inputs: Json;
    score: number | null;
    level: Level;
    band: Json | null;
    explanation: string;
    assessedBy: string | null;
    assessedAt: Timestamp;
  };
  riskControlMeasures: {
    enterpriseId: string;
    id: string;
    eventId: string;
    kind: MeasureKind;
    hierarchy: ControlHierarchy | null;
    classify1: string | null;
    classify2: string | null;
    classify3: string | null;
    content: string;
    troubleshootContent: Defaulted<string>;
    failureSign: Defaulted<string>;
    /** National dataSrc: how this measure is kept under control. */
    dataSrc: Defaulted<DataSrc>;
    responsibleUnitId: string | null;
    responsibleUserId: string | null;
    sort: Defaulted<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  riskObjectStewards: {
    enterpriseId: string;
    objectId: string;
    role: StewardRole;
    userId: string | null;
    name: string;
    title: Defaulted<string>;
    phone: string;
  };
  riskUnitSignatures: {
    enterpriseId: string;
    id: string;
    unitId: string;
    action: RiskSignatureAction;
    fromStatus: UnitStatus;
    toStatus: UnitStatus;
    actorId: string;
    actorName: string;
    comment: Defaulted<string>;
    contentHash: string;
    signedAt: Timestamp;
  };
  riskUnitVersions: {
    enterpriseId: string;
    unitId: string;
    version: number;
    snapshot: Json;
    approvedBy: string | null;
    approvedAt: Timestamp;
  };
  riskRegisterRevisions: {
    enterpriseId: string;
    revision: number;
    note: Defaulted<string>;
    snapshot: Json;
    summary: Json;
    publishedBy: string | null;
    publishedAt: Timestamp;
  };
  riskLevelEvidence: {
    enterpriseId: string;
    id: string;
    unitId: string;
    level: Level;
    source: string;
    reason: string;
    refType: string | null;
    refId: string | null;
    raisedBy: string | null;
    raisedAt: Timestamp;
    clearedAt: Timestamp | null;
    clearedBy: string | null;
    clearReason: string | null;
  };
  riskUnitLevelHistory: {
    enterpriseId: string;
    id: string;
    unitId: string;
    fromLevel: Level | null;
    toLevel: Level | null;
    cause: string;
    reason: Defaulted<string>;
    actorId: string | null;
    at: Timestamp;
  };
  /**
   * Each enterprise's live units by current level and 失控. Kept by the database's statement
   * triggers on risk_units (migration register-summaries, ADR 0022): never written by code.
   */
  riskRegisterSummaries: {
    enterpriseId: string;
    majorUnits: number;
    significantUnits: number;
    generalUnits: number;
    lowUnits: number;
    unassessedUnits: number;
    outOfControlUnits: number;
  };
  riskChanges: {
    enterpriseId: string;
    id: string;
    kind: RiskChangeKind;
    description: string;
    recordedBy: string | null;
    recordedAt: Timestamp;
  };
  riskChangeUnits: { enterpriseId: string; changeId: string; unitId: string };
  riskSitePlans: {
    enterpriseId: string;
    id: string;
    name: string;
    fileId: string;
    width: number;
    height: number;
    /** Geo-reference control points ({x, y, lat, lng}); empty until someone sets them. */
    controlPoints: ColumnType<
      { x: number; y: number; lat: number; lng: number }[],
      string | undefined,
      string
    >;
    createdAt: Timestamp;
  };
  riskUnitPlacements: {
    enterpriseId: string;
    unitId: string;
    planId: string;
    geometry: Json;
    /** When the zone was last checked against the site (YYYY-MM-DD). */
    reviewedOn: string | null;
  };
  riskMajorSourceInventories: {
    enterpriseId: string;
    objectId: string;
    /** Position in the unit's list, from 0. */
    line: number;
    substanceCode: string;
    quantityTonnes: number;
    hazardClasses: Defaulted<string[]>;
  };
  riskMajorSourceEvaluations: {
    enterpriseId: string;
    id: string;
    objectId: string;
    inputs: Json;
    result: Json;
    evaluatedBy: string | null;
    evaluatedAt: Timestamp;
  };
};
