import { z } from 'zod';

export const uuidParam = z.object({ id: z.uuid() });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const pageInfo = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type PageInfo = z.infer<typeof pageInfo>;

/** Civil date in Asia/Shanghai, as the users write it. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

export const mobilePhone = z.string().regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mobile number');
/** Mobile or landline (e.g. 025-52341234). */
export const phoneNumber = z
  .string()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, 'must be a mobile or landline number');

/** Wraps a payload with the caller's abilities on it. */
export const withAbilities = <T extends z.ZodType, A extends z.ZodType>(data: T, abilities: A) =>
  z.object({ data, abilities });

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    requestId: z.string(),
  }),
});
