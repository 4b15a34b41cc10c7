import { describe, expect, it } from 'vitest';
import { rolePermissions } from '../auth/roles.ts';
import { confirmHazardBody, hazardListQuery, quickReportHazardBody } from './api.ts';
import { dangerSrcNames, hazardTypeNames, occurrenceLinkNames } from './codes.ts';
import { majorHazardCriteria } from './criteria.ts';

describe('hazard contracts', () => {
  it('carries the national code lists in full', () => {
    expect(Object.keys(dangerSrcNames)).toHaveLength(10);
    expect(Object.keys(hazardTypeNames)).toHaveLength(8);
    expect(Object.keys(occurrenceLinkNames)).toHaveLength(10);
  });

  it('lists the 20 chemical major-hazard items and unique keys', () => {
    expect(majorHazardCriteria.filter((c) => c.key.startsWith('chem-2017-'))).toHaveLength(20);
    expect(new Set(majorHazardCriteria.map((c) => c.key)).size).toBe(majorHazardCriteria.length);
  });

  it('requires a photo for a quick report and a password for a confirmation', () => {
    expect(quickReportHazardBody.safeParse({ description: '灭火器压力不足', photoIds: [] }).success).toBe(
      false,
    );
    const r = confirmHazardBody.safeParse({
      grade: 'general',
      hazardType: 5,
      managementClassification: 2,
      occurrenceLink: 6,
      rectificationType: 'deadline',
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['password']);
  });

  it('parses list filters from the query string', () => {
    const q = hazardListQuery.parse({ state: 'reported,confirmed', overdue: 'true', limit: '20' });
    expect(q).toMatchObject({
      state: ['reported', 'confirmed'],
      overdue: true,
      limit: 20,
      sort: 'registeredAt',
    });
  });

  it('lets every employee report, the safety manager manage and the principal sign plans', () => {
    for (const r of ['enterprisePrincipal', 'safetyManager', 'unitLead', 'teamLead', 'worker'] as const)
      expect(rolePermissions[r]).toContain('hazard.report');
    expect(rolePermissions.safetyManager).toContain('hazard.manage');
    expect(rolePermissions.worker).not.toContain('hazard.manage');
    expect(rolePermissions.enterprisePrincipal).toContain('hazard.approvePlan');
  });
});
