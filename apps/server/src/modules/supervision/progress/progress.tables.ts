/** Tables of the progress part (双控机制建设进展: how far each enterprise has set the mechanism up, the dashboard and the monthly tables.). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ProgressTables = {};
