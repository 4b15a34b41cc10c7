import { z } from 'zod';
import { isoDate, pageInfo, pageQuery, phoneNumber } from '../common.ts';
import { creditCodeSchema } from './credit-code.ts';
import {
  enterpriseFacts,
  enterpriseFactsFields,
  keyHazardousProcess,
  operatingStatus,
  standardisationGrade,
} from './enterprise-facts.ts';

export const enterpriseScale = z.enum(['large', 'medium', 'small', 'micro']);
export const enterpriseStatus = z.enum(['pending', 'approved', 'rejected']);

const person = z.object({
  name: z.string().trim().min(1).max(50),
  phone: phoneNumber,
});

export const enterpriseInput = z.object({
  name: z.string().trim().min(2).max(100),
  creditCode: creditCodeSchema,
  address: z.string().trim().min(2).max(200),
  jurisdictionCode: z.string().regex(/^\d{6,12}$/),
  industryCodes: z.array(z.string().min(1)).min(1).max(10),
  scale: enterpriseScale,
  isHighRisk: z.boolean().default(false),
  principal: person,
  contact: person,
  location: z
    .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .nullable()
    .default(null),
  employeeCount: z.number().int().min(0).max(1_000_000).nullable().default(null),
  safeSinceDate: isoDate.nullable().default(null),
});
export type EnterpriseInput = z.infer<typeof enterpriseInput>;

export const enterpriseUpdate = z.object({
  name: z.string().trim().min(2).max(100).optional(),
  address: z.string().trim().min(2).max(200).optional(),
  jurisdictionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .optional(),
  industryCodes: z.array(z.string().min(1)).min(1).max(10).optional(),
  scale: enterpriseScale.optional(),
  isHighRisk: z.boolean().optional(),
  principal: person.optional(),
  contact: person.optional(),
  location: z
    .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .nullable()
    .optional(),
  employeeCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  safeSinceDate: isoDate.nullable().optional(),
  ...enterpriseFactsFields,
});
export type EnterpriseUpdate = z.infer<typeof enterpriseUpdate>;

/** Self-registration: the enterprise's data plus the account its first manager will use. */
export const enterpriseRegistration = enterpriseInput.extend({
  account: z.object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.-]{2,31}$/, '3–32 lowercase letters, digits, _ . -'),
    name: z.string().trim().min(1).max(50),
    phone: z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mobile number'),
    password: z.string().min(8, 'at least 8 characters').max(128),
  }),
});
export type EnterpriseRegistration = z.infer<typeof enterpriseRegistration>;

export const enterpriseReview = z
  .object({
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(500).default(''),
  })
  .refine((r) => r.decision === 'approve' || r.reason.length > 0, {
    path: ['reason'],
    message: 'a rejection needs a reason',
  });

export const enterprise = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string(),
  address: z.string(),
  jurisdictionCode: z.string(),
  jurisdictionName: z.string(),
  industryCodes: z.array(z.string()),
  scale: enterpriseScale,
  isHighRisk: z.boolean(),
  principal: person,
  contact: person,
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  employeeCount: z.number().nullable(),
  safeSinceDate: z.string().nullable(),
  status: enterpriseStatus,
  reviewReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  ...enterpriseFacts.shape,
});
export type Enterprise = z.infer<typeof enterprise>;

export const enterpriseAbilities = z.object({
  canUpdate: z.boolean(),
  canReview: z.boolean(),
  canManageOrgUnits: z.boolean(),
  canManageUsers: z.boolean(),
});
export type EnterpriseAbilities = z.infer<typeof enterpriseAbilities>;

export const enterpriseListQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  jurisdictionCode: z
    .string()
    .regex(/^\d{6,12}$/)
    .optional(),
  industryCode: z.string().optional(),
  scale: enterpriseScale.optional(),
  status: enterpriseStatus.optional(),
  isHighRisk: z.enum(['true', 'false']).optional(),
  operatingStatus: operatingStatus.optional(),
  standardisationGrade: standardisationGrade.optional(),
  /** Enterprises running this key-supervised hazardous process. */
  keyProcess: keyHazardousProcess.optional(),
  /** Enterprises with (or without) a major hazard source, as their risk register says. */
  hasMajorHazardSource: z.enum(['true', 'false']).optional(),
});
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuery>;

export const enterpriseListItem = enterprise.pick({
  id: true,
  name: true,
  creditCode: true,
  address: true,
  jurisdictionCode: true,
  jurisdictionName: true,
  industryCodes: true,
  scale: true,
  isHighRisk: true,
  hasMajorHazardSource: true,
  status: true,
});
export type EnterpriseListItem = z.infer<typeof enterpriseListItem>;

export const enterpriseList = z.object({
  data: z.array(enterpriseListItem),
  page: pageInfo,
  abilities: z.object({ canRegister: z.boolean() }),
});
