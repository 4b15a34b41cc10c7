/** Tables of the map part (区域四色图 (GeoJSON boundaries, enterprise points), public-area risks, build progress (建设进展).). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type MapTables = {};
