import type { Enterprise, EnterpriseInput } from '../api/enterprise-api.ts';
import type { EnterpriseFactsValues } from './enterprise-facts.tsx';

/** What the antd form holds: the location split into two optional numbers. */
export type EnterpriseFormValues = Omit<EnterpriseInput, 'location' | 'employeeCount' | 'safeSinceDate'> & {
  location?: { lat?: number | null; lng?: number | null } | null;
  employeeCount?: number | null;
  safeSinceDate?: string | null;
  /** The national facts, on the edit page only. */
  facts?: EnterpriseFactsValues;
};

/** Form values → API input; a half-filled location is dropped rather than sent as garbage. */
export function toEnterpriseInput(values: EnterpriseFormValues): EnterpriseInput {
  const lat = values.location?.lat;
  const lng = values.location?.lng;
  return {
    name: values.name.trim(),
    creditCode: values.creditCode.trim().toUpperCase(),
    address: values.address.trim(),
    jurisdictionCode: values.jurisdictionCode,
    industryCodes: values.industryCodes,
    scale: values.scale,
    isHighRisk: Boolean(values.isHighRisk),
    principal: { name: values.principal.name.trim(), phone: values.principal.phone.trim() },
    contact: { name: values.contact.name.trim(), phone: values.contact.phone.trim() },
    location: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    employeeCount: typeof values.employeeCount === 'number' ? values.employeeCount : null,
    safeSinceDate: values.safeSinceDate || null,
  };
}

/** An enterprise as initial form values for editing. */
export function toFormValues(enterprise: Enterprise): EnterpriseFormValues {
  return {
    name: enterprise.name,
    creditCode: enterprise.creditCode,
    address: enterprise.address,
    jurisdictionCode: enterprise.jurisdictionCode,
    industryCodes: enterprise.industryCodes,
    scale: enterprise.scale,
    isHighRisk: enterprise.isHighRisk,
    principal: enterprise.principal,
    contact: enterprise.contact,
    location: enterprise.location,
    employeeCount: enterprise.employeeCount,
    safeSinceDate: enterprise.safeSinceDate,
  };
}

/** Format check only; the check character is verified by the server (GB 32100). */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
