import type {
  Attachment2,
  Attachment3,
  ProgressCounts,
  ProgressDimension,
  ProgressMilestone,
  ProgressReportState,
} from '@shuangkong/contracts';
import ExcelJS from 'exceljs';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ATTACHMENT2_TITLE = '“双控机制”建设进展情况月报表';
export const ATTACHMENT3_TITLE = '“双控机制”建设推进情况月报表';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const monthName = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const yes = (b: boolean) => (b ? '是' : '否');
const percent = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)}%`);
const stateNames: Record<ProgressReportState, string> = {
  submitted: '已报送',
  accepted: '已审核',
  returned: '已退回',
};
const at = (iso: string) =>
  new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

type Header = { group?: string; title: string; width: number };

/**
 * A sheet in the attachments' layout: the title over every column, the line of 填报单位, 统计月份
 * and 填报日期, then a two-row header whose grouped columns share a merged cell above them.
 */
function sheetWithHeader(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  headers: Header[],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = headers.map((h) => ({ width: h.width }));
  const n = headers.length;
  sheet.mergeCells(1, 1, 1, n);
  const t = sheet.getCell(1, 1);
  t.value = title;
  t.font = { bold: true, size: 16 };
  t.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, n);
  sheet.getCell(2, 1).value = subtitle;
  let c = 1;
  while (c <= n) {
    const h = headers[c - 1]!;
    if (h.group) {
      let end = c;
      while (end < n && headers[end]!.group === h.group) end += 1;
      if (end > c) sheet.mergeCells(3, c, 3, end);
      sheet.getCell(3, c).value = h.group;
      for (let k = c; k <= end; k += 1) sheet.getCell(4, k).value = headers[k - 1]!.title;
      c = end + 1;
    } else {
      sheet.mergeCells(3, c, 4, c);
      sheet.getCell(3, c).value = h.title;
      c += 1;
    }
  }
  for (const r of [3, 4]) {
    const row = sheet.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let k = 1; k <= n; k += 1) row.getCell(k).border = border;
  }
  return sheet;
}

function addBodyRow(sheet: ExcelJS.Worksheet, values: (string | number | null)[]) {
  const row = sheet.addRow(values);
  row.alignment = { vertical: 'top', wrapText: true };
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = border;
  });
  return row;
}

const subtitleOf = (regulatorName: string, month: string, today: string) =>
  `填报单位：${regulatorName || '—'}        统计月份：${monthName(month)}        填报日期：${today}`;

const attachment2Headers: Header[] = [
  { title: '序号', width: 6 },
  { title: '单位名称', width: 28 },
  { title: '所属乡镇（街道）', width: 14 },
  { title: '行业', width: 14 },
  { group: '组织实施', title: '领导小组及推进团队', width: 10 },
  { group: '组织实施', title: '管理制度', width: 8 },
  { group: '组织实施', title: '专项培训（场次/人次）', width: 11 },
  { group: '风险辨识管控', title: '风险点数量', width: 8 },
  { group: '风险辨识管控', title: '重大', width: 6 },
  { group: '风险辨识管控', title: '较大', width: 6 },
  { group: '风险辨识管控', title: '一般', width: 6 },
  { group: '风险辨识管控', title: '低', width: 6 },
  { group: '风险辨识管控', title: '风险管控清单（已审批发布）', width: 12 },
  { group: '风险辨识管控', title: '风险分布图', width: 8 },
  { group: '风险辨识管控', title: '岗位告知卡（已制作/应制作）', width: 12 },
  { group: '隐患排查治理', title: '排查清单条目', width: 9 },
  { group: '隐患排查治理', title: '排查完成率', width: 9 },
  { group: '隐患排查治理', title: '发现隐患', width: 8 },
  { group: '隐患排查治理', title: '整改销号', width: 8 },
  { title: '存在问题', width: 28 },
  { title: '下步工作计划', width: 28 },
  { title: '报送状态', width: 9 },
  { title: '报送时间', width: 17 },
];

/** 附件2《“双控机制”建设进展情况月报表》: one row per enterprise, its report's figures and statements. */
export async function attachment2Workbook(
  table: Attachment2 & { regulatorName: string },
  today: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = sheetWithHeader(
    book,
    '进展情况月报表',
    ATTACHMENT2_TITLE,
    subtitleOf(table.regulatorName, table.month, today),
    attachment2Headers,
  );
  table.rows.forEach((r, i) => {
    const f = r.figures;
    const rep = r.report;
    addBodyRow(sheet, [
      i + 1,
      r.enterpriseName,
      r.townshipName ?? '',
      r.industryNames.join('、'),
      rep ? yes(rep.teamEstablished) : '',
      rep ? yes(rep.rulesEstablished) : '',
      rep ? `${rep.trainingSessions}/${rep.trainedPeople}` : '',
      f.riskUnits,
      f.majorRisks,
      f.significantRisks,
      f.generalRisks,
      f.lowRisks,
      yes(f.registerApproved),
      yes(f.mapDrawn),
      `${f.postsCarded}/${f.posts}`,
      f.checklistItems,
      percent(f.completionRate),
      f.hazardsFound,
      f.hazardsClosed,
      rep?.problems ?? '',
      rep?.nextSteps ?? '',
      rep ? stateNames[rep.state] : '未报送',
      rep ? at(rep.submittedAt) : '',
    ]);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const milestoneColumns: { key: ProgressMilestone | 'complete'; title: string }[] = [
  { key: 'registered', title: '已注册' },
  { key: 'registerApproved', title: '风险管控清单已审批发布' },
  { key: 'mapDrawn', title: '风险分布图已绘制' },
  { key: 'cardsPrinted', title: '岗位告知卡已制作' },
  { key: 'checklistsRunning', title: '隐患排查清单已运行' },
  { key: 'inspectionsCompleted', title: '排查完成率≥90%' },
  { key: 'reportSubmitted', title: '月报已报送' },
  { key: 'complete', title: '全面完成建设' },
];
const dimensionTitles: Record<ProgressDimension, string> = {
  department: '行业主管部门',
  township: '乡镇（街道）',
  industry: '行业',
};

const countsCells = (c: ProgressCounts) =>
  milestoneColumns.flatMap((m) => {
    const n = m.key === 'complete' ? c.complete : c.reached[m.key];
    return [n, c.total === 0 ? '—' : `${((n / c.total) * 100).toFixed(1)}%`];
  });

/** 附件3《“双控机制”建设推进情况月报表》: per department (or township, industry), counts and shares. */
export async function attachment3Workbook(table: Attachment3, today: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const headers: Header[] = [
    { title: '序号', width: 6 },
    { title: dimensionTitles[table.by], width: 24 },
    { title: '应建单位数', width: 9 },
    ...milestoneColumns.flatMap((m) => [
      { group: m.title, title: '家数', width: 7 },
      { group: m.title, title: '占比', width: 8 },
    ]),
  ];
  const sheet = sheetWithHeader(
    book,
    '推进情况月报表',
    ATTACHMENT3_TITLE,
    subtitleOf(table.regulatorName, table.month, today),
    headers,
  );
  table.rows.forEach((g, i) => {
    addBodyRow(sheet, [i + 1, g.name || '未划分', g.total, ...countsCells(g)]);
  });
  const total = addBodyRow(sheet, ['合计', '', table.totals.total, ...countsCells(table.totals)]);
  total.font = { bold: true };
  sheet.mergeCells(total.number, 1, total.number, 2);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const attachmentFilename = (title: string, month: string) =>
  `${title.replace(/[“”]/g, '')}-${month}.xlsx`;
