import type { Writable } from 'node:stream';
import {
  riskColorHex,
  riskLevel,
  riskLevelColor,
  riskLevelLabelZh,
  type RiskLevel,
} from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import { registerColumns, type RegisterCells, type RegisterColumnKey } from './register-columns.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const REGISTER_SHEET = '风险管控清单';
/** The title is row 1, the headers row 2; data starts on row 3 (the import looks for the headers). */
export const HEADER_ROW = 2;

export const levelByLabel = new Map<string, RiskLevel>(
  riskLevel.options.map((l) => [riskLevelLabelZh[l], l]),
);

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const fill = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});
const levelColumns: readonly RegisterColumnKey[] = ['inherentLevel', 'residualLevel'];
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Export time as users read it: Asia/Shanghai, to the minute. */
export function shanghaiTime(now: Date): string {
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * Streams the register as .xlsx: a title row (enterprise, export time), frozen Chinese headers,
 * column widths, and level cells filled in their level's color. Rows are committed as they are
 * written, so memory stays flat however long the register is.
 */
export async function writeRegisterWorkbook(
  out: Writable,
  title: string,
  rows: Iterable<RegisterCells>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    // Fast deflate: a register compresses well anyway, and the default level costs seconds at 10,000 rows.
    zip: { zlib: { level: 1 } },
  });
  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  // Wrapping is set once per column: styling 200,000 cells one by one dominated the export time.
  sheet.columns = registerColumns.map((c) => ({
    key: c.key,
    width: c.width,
    style: { alignment: { vertical: 'top', wrapText: true } },
  }));
  sheet.mergeCells(1, 1, 1, registerColumns.length);
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 28;
  titleRow.commit();
  const header = sheet.getRow(HEADER_ROW);
  registerColumns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = fill('#D9E1F2');
    cell.border = thin;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  header.commit();
  for (const cells of rows) {
    const row = sheet.addRow(registerColumns.map((c) => cells[c.key]));
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = thin;
    });
    for (const key of levelColumns) {
      const level = levelByLabel.get(cells[key]);
      if (level) row.getCell(key).fill = fill(riskColorHex[riskLevelColor[level]]);
    }
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
