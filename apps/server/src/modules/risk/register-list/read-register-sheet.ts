import type { RegisterImportError } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import { cellsFrom, headerOf, registerColumns, type RegisterCells } from './register-columns.ts';
import { REGISTER_SHEET } from './register-workbook.ts';

export type SheetLines = { lines: { row: number; cells: RegisterCells }[]; errors: RegisterImportError[] };

const unreadable = (reason: string): SheetLines => ({ lines: [], errors: [{ row: 0, column: '', reason }] });
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads the register sheet of an uploaded workbook into text cells by header name, so columns may
 * be in any order and extra columns are ignored. The header row is found by its first required
 * header within the first ten rows (the export and the template put a title above it).
 *
 * The whole workbook is loaded: exceljs's streaming reader is faster but decodes each inflated
 * chunk on its own and so breaks Chinese characters that straddle a chunk boundary.
 */
export async function readRegisterSheet(bytes: Uint8Array): Promise<SheetLines> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as its own ArrayBuffer-like `Buffer`; a plain ArrayBuffer copy fits.
    const copy = new ArrayBuffer(bytes.byteLength);
    new Uint8Array(copy).set(bytes);
    await workbook.xlsx.load(copy, {
      ignoreNodes: ['dataValidations', 'conditionalFormatting', 'hyperlinks', 'drawing'],
    });
  } catch {
    return unreadable('不是有效的 .xlsx 文件');
  }
  const sheet = workbook.getWorksheet(REGISTER_SHEET) ?? workbook.worksheets[0];
  if (!sheet) return unreadable('工作簿中没有工作表');
  const anchor = registerColumns[1].header;
  const columnOf = new Map<string, number>();
  let headerRow = 0;
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount) && headerRow === 0; r++) {
    sheet.getRow(r).eachCell((cell, col) => columnOf.set(cell.text.trim(), col));
    if (columnOf.has(anchor)) headerRow = r;
    else columnOf.clear();
  }
  if (headerRow === 0) return unreadable(`找不到表头（应有“${anchor}”等列，可下载导入模板）`);
  const errors: RegisterImportError[] = registerColumns
    .filter((c) => 'required' in c && !columnOf.has(c.header))
    .map((c) => ({ row: headerRow, column: c.header, reason: '缺少此列' }));
  if (errors.length > 0) return { lines: [], errors };

  const lines: SheetLines['lines'] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells = cellsFrom((key) => {
      const col = columnOf.get(headerOf(key));
      return col === undefined ? '' : row.getCell(col).text.trim();
    });
    const isBlank = registerColumns.every((c) => 'computed' in c || cells[c.key] === '');
    if (!isBlank) lines.push({ row: r, cells });
  }
  if (lines.length === 0) return unreadable('没有数据行');
  return { lines, errors: [] };
}
