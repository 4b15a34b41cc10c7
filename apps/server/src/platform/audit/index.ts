export { appendAuditEvent, PLATFORM_CHAIN } from './append-audit-event.ts';
export type { AuditContext, AuditEntry } from './append-audit-event.ts';
export { canonicalJson } from './canonical-json.ts';
export { verifyAuditChains } from './verify-audit-chains.ts';
export type { ChainBreak, VerifyResult } from './verify-audit-chains.ts';
