import { z } from 'zod';

/**
 * The industry code list as stored (an administrator may rename an industry or change its
 * high-risk flag). The shipped defaults and their meaning live in industries.ts.
 */
export const industryRecord = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  gbt4754: z.array(z.string()).nullable(),
  isHighRisk: z.boolean(),
});
export type IndustryRecord = z.infer<typeof industryRecord>;

export const industryList = z.object({ data: z.array(industryRecord) });

export const industryUpdate = z.object({
  nameZh: z.string().trim().min(1).max(50).optional(),
  isHighRisk: z.boolean().optional(),
});
export type IndustryUpdate = z.infer<typeof industryUpdate>;

export const industryParam = z.object({ code: z.string().min(1).max(64) });
