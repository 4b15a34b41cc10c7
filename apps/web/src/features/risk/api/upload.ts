export { postFile, type UploadOutcome } from '../../../shared/api/post-file.ts';

/** The `rows` of a RISK_IMPORT_INVALID error body, tolerating anything else. */
export function importErrorRows(body: unknown): { row: number; column: string; reason: string }[] {
  if (typeof body !== 'object' || body === null || !('error' in body)) return [];
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null || !('rows' in error) || !Array.isArray(error.rows))
    return [];
  return error.rows.flatMap((r: unknown) => {
    if (typeof r !== 'object' || r === null) return [];
    const row = 'row' in r && typeof r.row === 'number' ? r.row : 0;
    const column = 'column' in r && typeof r.column === 'string' ? r.column : '';
    const reason = 'reason' in r && typeof r.reason === 'string' ? r.reason : '';
    return [{ row, column, reason }];
  });
}
