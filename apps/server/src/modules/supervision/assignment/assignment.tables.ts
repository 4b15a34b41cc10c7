/** Tables of the assignment part (交办 (letters), 通报 (weekly dispatch, monthly notice) and 销号 (close-out).). Filled by its migrations. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type AssignmentTables = {};
