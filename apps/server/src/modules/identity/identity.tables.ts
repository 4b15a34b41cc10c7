import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables owned by the identity module. */
export type IdentityTables = {
  jurisdictions: {
    code: string;
    parentCode: string | null;
    name: string;
    level: 'province' | 'city' | 'county' | 'township' | 'grid';
    path: string;
    sort: Generated<number>;
  };
  industries: {
    code: string;
    parentCode: string | null;
    nameZh: string;
    nameEn: string;
    gbt4754: string[] | null;
    isHighRisk: boolean;
    sort: Generated<number>;
  };
  regulators: {
    id: string;
    name: string;
    kind: string;
    jurisdictionCode: string;
    isActive: Generated<boolean>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  regulatorRemits: { regulatorId: string; jurisdictionCode: string; industryCode: string };
  enterprises: {
    id: string;
    name: string;
    creditCode: string;
    address: string;
    jurisdictionCode: string;
    jurisdictionPath: string;
    scale: 'large' | 'medium' | 'small' | 'micro';
    isHighRisk: boolean;
    principalName: string;
    principalPhone: string;
    contactName: string;
    contactPhone: string;
    lat: number | null;
    lng: number | null;
    employeeCount: number | null;
    safeSinceDate: string | null;
    hazardousChemicalCode: string | null;
    legalRepresentative: string | null;
    safetyLeadName: string | null;
    safetyLeadPhone: string | null;
    dutyPhone: string | null;
    industrialPark: string | null;
    operatingStatus: Generated<'operating' | 'productionStopped' | 'businessSuspended' | 'closed'>;
    standardisationGrade: Generated<'grade1' | 'grade2' | 'grade3' | 'none'>;
    keyProcesses: Generated<string[]>;
    keyChemicals: Generated<string[]>;
    /** Derived; written only by setEnterpriseMajorHazardFlag. */
    hasMajorHazardSource: Generated<boolean>;
    status: 'pending' | 'approved' | 'rejected';
    reviewReason: string | null;
    reviewedBy: string | null;
    reviewedAt: Timestamp | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  enterpriseIndustries: { enterpriseId: string; industryCode: string };
  orgUnits: {
    enterpriseId: string;
    id: string;
    parentId: string | null;
    name: string;
    kind: 'department' | 'workshop' | 'team' | 'post';
    sort: Generated<number>;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  users: {
    id: string;
    username: string;
    phone: string | null;
    name: string;
    passwordHash: string;
    status: Generated<'active' | 'disabled'>;
    enterpriseId: string | null;
    regulatorId: string | null;
    orgUnitId: string | null;
    mustChangePassword: Generated<boolean>;
    failedLogins: Generated<number>;
    lockedUntil: Timestamp | null;
    /** Locks in a row since the last successful login; each lasts twice as long as the one before. */
    lockCount: Generated<number>;
    lastLoginAt: Timestamp | null;
    createdAt: Timestamp;
    updatedAt: Timestamp;
  };
  userRoles: { userId: string; role: string };
  sessions: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    ip: string | null;
    userAgent: string | null;
    createdAt: Timestamp;
    lastSeenAt: Timestamp;
    expiresAt: Timestamp;
  };
  apiTokens: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    prefix: string;
    scopes: string[];
    createdAt: Timestamp;
    expiresAt: Timestamp | null;
    lastUsedAt: Timestamp | null;
    revokedAt: Timestamp | null;
  };
  loginThrottle: {
    key: string;
    windowStart: Timestamp;
    failures: number;
    /** For a login that names no account: locked like an account would be. */
    lockedUntil: Timestamp | null;
    lockCount: Generated<number>;
  };
};
