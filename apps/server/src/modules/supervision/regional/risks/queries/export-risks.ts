import type { Writable } from 'node:stream';
import { accidentTypes1986, type RegionalRiskFilters, type RegionalRiskSort } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../../identity/index.ts';
import type { Db } from '../../../supervision.database.ts';
import { orderRisks, selectRiskRow } from '../regional-risks.repository.ts';
import { presentRisk } from './list-risks.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows read per round trip: memory stays flat however large the county. */
const BATCH = 1000;
const accidentNames = new Map(accidentTypes1986.map((a) => [a.code as string, a.nameZh]));
const at = (iso: string | null) =>
  iso === null
    ? ''
    : new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 区域安全风险数据库.xlsx: a title row, frozen Chinese headers, the rows the page's filters select. */
export async function writeRiskWorkbook(
  out: Writable,
  db: Db,
  actor: Actor,
  query: RegionalRiskFilters & { sort: RegionalRiskSort },
  title: string,
): Promise<void> {
  const industries = new Map(
    (await db.selectFrom('industries').select(['code', 'nameZh']).execute()).map((i) => [i.code, i.nameZh]),
  );
  const columns: { header: string; width: number }[] = [
    { header: '序号', width: 6 },
    { header: '企业名称', width: 30 },
    { header: '乡镇（街道）', width: 14 },
    { header: '行业', width: 20 },
    { header: '风险点', width: 22 },
    { header: '风险单元编号', width: 14 },
    { header: '风险单元', width: 24 },
    { header: '风险等级', width: 10 },
    { header: '可能导致的事故类型', width: 30 },
    { header: '管控状态', width: 10 },
    { header: '最近评估时间', width: 17 },
  ];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  const sheet = workbook.addWorksheet('区域安全风险', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({
    width: c.width,
    style: { alignment: { vertical: 'top' as const, wrapText: true } },
  }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 28;
  titleRow.commit();
  const header = sheet.getRow(2);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.commit();
  let n = 0;
  for (let offset = 0; ; offset += BATCH) {
    const rows = await orderRisks(selectRiskRow(db, actor, query), query.sort)
      .limit(BATCH)
      .offset(offset)
      .execute();
    for (const raw of rows) {
      const r = presentRisk(raw);
      n += 1;
      sheet
        .addRow([
          n,
          r.enterpriseName,
          r.townshipName ?? '',
          r.industryCodes.map((c) => industries.get(c) ?? c).join('、'),
          r.objectName,
          r.unitCode,
          r.unitName,
          r.level === 'major' ? '重大风险' : '较大风险',
          r.accidentTypes.map((c) => accidentNames.get(c) ?? c).join('、'),
          r.outOfControl ? '失控' : '受控',
          at(r.lastAssessedAt),
        ])
        .commit();
    }
    if (rows.length < BATCH) break;
  }
  sheet.commit();
  await workbook.commit();
}

/** The workbook's title and file name: the list, who exported it and when (Beijing time). */
export function exportTitle(exportedBy: string, now: Date): { title: string; filename: string } {
  const stamp = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  const day = stamp.slice(0, 10);
  return {
    title: `区域安全风险数据库（${exportedBy} 导出于 ${stamp.slice(0, 16).replace('T', ' ')}）`,
    filename: `区域安全风险数据库-${day}.xlsx`,
  };
}
