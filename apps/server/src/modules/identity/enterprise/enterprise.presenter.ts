import type { Enterprise, EnterpriseListItem } from '@shuangkong/contracts';
import type { EnterpriseRow } from './enterprise.repository.ts';

type ListRow = Pick<
  EnterpriseRow,
  | 'id'
  | 'name'
  | 'creditCode'
  | 'address'
  | 'jurisdictionCode'
  | 'jurisdictionName'
  | 'industryCodes'
  | 'scale'
  | 'isHighRisk'
  | 'hasMajorHazardSource'
  | 'status'
>;

export function presentEnterpriseListItem(row: ListRow): EnterpriseListItem {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    address: row.address,
    jurisdictionCode: row.jurisdictionCode,
    jurisdictionName: row.jurisdictionName,
    industryCodes: row.industryCodes ?? [],
    scale: row.scale,
    isHighRisk: row.isHighRisk,
    hasMajorHazardSource: row.hasMajorHazardSource,
    status: row.status,
  };
}

export function presentEnterprise(row: EnterpriseRow): Enterprise {
  return {
    ...presentEnterpriseListItem(row),
    principal: { name: row.principalName, phone: row.principalPhone },
    contact: { name: row.contactName, phone: row.contactPhone },
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    employeeCount: row.employeeCount,
    safeSinceDate: row.safeSinceDate,
    hazardousChemicalCode: row.hazardousChemicalCode,
    legalRepresentative: row.legalRepresentative,
    safetyLead:
      row.safetyLeadName && row.safetyLeadPhone
        ? { name: row.safetyLeadName, phone: row.safetyLeadPhone }
        : null,
    dutyPhone: row.dutyPhone,
    industrialPark: row.industrialPark,
    operatingStatus: row.operatingStatus,
    standardisationGrade: row.standardisationGrade,
    keyProcesses: row.keyProcesses,
    keyChemicals: row.keyChemicals,
    reviewReason: row.reviewReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
