/** Tables of the regional part (区域安全风险数据库, the enterprise level and supervision tier, the regulator dashboard.). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type RegionalTables = {};
