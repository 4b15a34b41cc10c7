// The kernel: what every module and platform service shares. It imports nothing of the server
// above it (platform, modules, app), only libraries and the contracts package.
export type { Actor, RemitScope, Scope } from './actor.ts';
export { can } from './actor.ts';
export type { AuditContext } from './audit-context.ts';
export type { Json, JsonDefaulted, Timestamp } from './columns.ts';
export { auditContextOf, commandContext, requireActor, type CommandContext } from './command-context.ts';
export { AppError, conflict, forbidden, notFound, unauthenticated, validationFailed } from './errors.ts';
export { tablesOf, type WithTables } from './with-tables.ts';
