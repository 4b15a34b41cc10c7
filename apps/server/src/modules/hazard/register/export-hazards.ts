import type { Writable } from 'node:stream';
import {
  dangerSrcNames,
  hazardTypeNames,
  managementClassificationNames,
  occurrenceLinkNames,
  type HazardExportList,
  type HazardExportQuery,
  hazardStateNames,
  type HazardState,
} from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import type { Db } from '../hazard.database.ts';
import type { HazardScope } from '../hazard-scope.ts';
import { isOverdue } from '../hazard.state.ts';
import { hazardFilter, reporterNameFor } from './hazard-list.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows read per round trip: memory stays flat however many hazards an enterprise has. */
const BATCH = 1000;

const stateNames = hazardStateNames;
const listNames: Record<HazardExportList, string> = {
  hazards: '隐患清单',
  rectification: '隐患整改清单',
  closeOut: '隐患销号清单',
};

type Row = Awaited<ReturnType<typeof batch>>[number];
type Column = { header: string; width: number; value: (r: Row, today: string) => string | number | null };

const at = (d: Date | string | null) =>
  d === null
    ? null
    : new Date(new Date(d).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const name = <T extends Record<number, string>>(names: T, code: number | null) =>
  code === null ? null : ((names[code as keyof T] as string | undefined) ?? String(code));

const common: Column[] = [
  { header: '隐患名称', width: 36, value: (r) => r.name },
  { header: '风险单元', width: 22, value: (r) => r.unitName },
  {
    header: '隐患等级',
    width: 10,
    value: (r) => (r.grade === 'major' ? '重大' : r.grade === 'general' ? '一般' : null),
  },
  {
    header: '状态',
    width: 10,
    value: (r, today) => stateNames[r.state] + (isOverdue(r.state, r.deadline, today) ? '（逾期）' : ''),
  },
];
const columns: Record<HazardExportList, Column[]> = {
  hazards: [
    ...common,
    { header: '隐患描述', width: 40, value: (r) => r.description },
    { header: '隐患来源', width: 16, value: (r) => name(dangerSrcNames, r.dangerSrc) },
    { header: '隐患类型', width: 8, value: (r) => name(hazardTypeNames, r.hazardType) },
    {
      header: '管理分类',
      width: 16,
      value: (r) => name(managementClassificationNames, r.managementClassification),
    },
    { header: '产生环节', width: 12, value: (r) => name(occurrenceLinkNames, r.occurrenceLink) },
    {
      header: '发现方式',
      width: 10,
      value: (r) =>
        r.foundBy === 'self'
          ? '企业自查'
          : r.foundBy === 'regulator'
            ? '监管检查'
            : r.foundBy === 'tip'
              ? '举报'
              : '其他',
    },
    { header: '登记人', width: 10, value: (r) => r.reporterName },
    { header: '登记时间', width: 17, value: (r) => at(r.registeredAt) },
  ],
  rectification: [
    ...common,
    {
      header: '治理类型',
      width: 10,
      value: (r) =>
        r.rectificationType === 'immediate'
          ? '即查即改'
          : r.rectificationType === 'deadline'
            ? '限期整改'
            : null,
    },
    { header: '整改责任人', width: 10, value: (r) => r.ownerName },
    { header: '整改期限', width: 12, value: (r) => r.deadline },
    { header: '整改措施', width: 40, value: (r) => r.measures },
    { header: '资金（元）', width: 12, value: (r) => (r.cost === null ? null : Number(r.cost)) },
    { header: '整改完成时间', width: 17, value: (r) => at(r.rectifiedAt) },
  ],
  closeOut: [
    ...common,
    { header: '整改责任人', width: 10, value: (r) => r.ownerName },
    { header: '整改措施', width: 40, value: (r) => r.measures },
    { header: '资金（元）', width: 12, value: (r) => (r.cost === null ? null : Number(r.cost)) },
    { header: '验收人', width: 10, value: (r) => r.acceptorName },
    { header: '验收时间', width: 17, value: (r) => at(r.acceptedAt) },
    { header: '验收意见', width: 30, value: (r) => r.acceptanceComment },
  ],
};
/** Which states each list holds, before the page's own filters. */
const listStates: Record<HazardExportList, HazardState[] | null> = {
  hazards: null,
  rectification: ['rectifying', 'accepting', 'closed', 'handedOver'],
  closeOut: ['closed', 'handedOver'],
};

function batch(
  db: Db,
  actor: Actor,
  scope: HazardScope,
  query: HazardExportQuery,
  today: string,
  after: { at: Date; id: string } | null,
) {
  let q = db
    .selectFrom('hazards as h')
    .leftJoin('riskUnits as u', (j) =>
      j.onRef('u.enterpriseId', '=', 'h.enterpriseId').onRef('u.id', '=', 'h.unitId'),
    )
    .leftJoin('users as o', 'o.id', 'h.ownerUserId')
    .leftJoin('users as r', 'r.id', 'h.registrantId')
    .leftJoin('users as a', 'a.id', 'h.acceptorId')
    .select([
      'h.id',
      'h.name',
      'h.description',
      'h.state',
      'h.grade',
      'h.dangerSrc',
      'h.hazardType',
      'h.managementClassification',
      'h.occurrenceLink',
      'h.foundBy',
      'h.rectificationType',
      'h.deadline',
      'h.measures',
      'h.cost',
      'h.rectifiedAt',
      'h.acceptedAt',
      'h.acceptanceComment',
      'h.registeredAt',
      'h.registrantId',
      'h.reporterHidden',
      'u.name as unitName',
      'o.name as ownerName',
      'r.name as reporterName',
      'a.name as acceptorName',
    ])
    .where(hazardFilter(actor, scope, query, today));
  const states = listStates[query.list];
  if (states) q = q.where('h.state', 'in', states);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('h.registeredAt', '<', after.at),
        eb.and([eb('h.registeredAt', '=', after.at), eb('h.id', '<', after.id)]),
      ]),
    );
  return q.orderBy('h.registeredAt', 'desc').orderBy('h.id', 'desc').limit(BATCH).execute();
}

/**
 * One of the five lists as .xlsx, streamed: a title row with the enterprise and the export time,
 * frozen Chinese headers, and the rows the page's filters select, newest first.
 */
export async function writeHazardWorkbook(
  out: Writable,
  db: Db,
  actor: Actor,
  scope: HazardScope,
  query: HazardExportQuery,
  title: string,
): Promise<void> {
  const today = shanghaiCivilDate();
  const cols = columns[query.list];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 1 } },
  });
  const sheet = workbook.addWorksheet(listNames[query.list], { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [
    { width: 6 },
    ...cols.map((c) => ({
      width: c.width,
      style: { alignment: { vertical: 'top' as const, wrapText: true } },
    })),
  ];
  sheet.mergeCells(1, 1, 1, cols.length + 1);
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = title;
  titleRow.getCell(1).font = { bold: true, size: 14 };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 28;
  titleRow.commit();
  const header = sheet.getRow(2);
  header.values = ['序号', ...cols.map((c) => c.header)];
  header.font = { bold: true };
  header.commit();
  let n = 0;
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const rows = await batch(db, actor, scope, query, today, after);
    for (const r of rows) {
      n += 1;
      const row = { ...r, reporterName: reporterNameFor(actor, r, r.reporterName) };
      sheet.addRow([n, ...cols.map((c) => c.value(row, today))]).commit();
    }
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) break;
    after = { at: new Date(last.registeredAt), id: last.id };
  }
  sheet.commit();
  await workbook.commit();
}

export function exportTitle(
  enterpriseName: string,
  list: HazardExportList,
  now: Date,
): { title: string; filename: string } {
  const stamp = at(now) ?? '';
  return {
    title: `${enterpriseName} ${listNames[list]}（导出时间：${stamp}）`,
    filename: `${listNames[list]}-${stamp.slice(0, 10)}.xlsx`,
  };
}
