/** Tables of the enforcement part (执法: enforcement plans, 双随机 draws, inspection records and orders, blacklist.). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type EnforcementTables = {};
