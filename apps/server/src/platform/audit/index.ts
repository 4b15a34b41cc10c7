export { appendAuditEvent, PLATFORM_CHAIN } from './append-audit-event.ts';
export type { AuditContext, AuditEntry } from './append-audit-event.ts';
export { anchorChainHeads, readAnchors } from './anchor-chain-heads.ts';
export type { Anchor } from './anchor-chain-heads.ts';
export { useAuditKey } from './audit-hash.ts';
export { canonicalJson } from './canonical-json.ts';
export { verifyAuditChains } from './verify-audit-chains.ts';
export type { ChainBreak, VerifyOptions, VerifyResult } from './verify-audit-chains.ts';
