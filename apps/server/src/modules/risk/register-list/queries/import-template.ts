import {
  accidentTypes1986,
  controlHierarchy,
  controlHierarchyLabelZh,
  directReasonLabelZh,
  riskLevel,
  riskLevelLabelZh,
} from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import { getTableSet } from '../../engine/factor-tables.ts';
import { methodLabel, registerColumns, tierLabelZh, type RegisterCells } from '../register-columns.ts';
import { HEADER_ROW, REGISTER_SHEET } from '../register-workbook.ts';

const example: RegisterCells = {
  seq: '1',
  objectCode: 'QG-01',
  objectName: '甲类储罐区',
  unitCode: 'QG-01-T101',
  unitName: 'T-101 汽油储罐',
  eventName: '储罐泄漏引发火灾爆炸',
  factors: '2 物的因素',
  inherentMethod: 'LEC',
  inherentInputs: 'L=3;E=6;C=15',
  inherentLevel: '',
  residualMethod: 'LS',
  residualInputs: 'L=2;S=4',
  residualLevel: '',
  accidentTypes: '火灾、其他爆炸',
  controlMeasures: '【工程控制】设置可燃气体检测报警仪并与紧急切断阀联锁\n【管理控制】每班巡检两次并记录',
  emergencyMeasures: '立即关闭进出料阀门，启动泡沫灭火系统',
  controlTier: '车间',
  responsibleUnit: '储运车间',
  responsibleUser: '张三',
  status: '',
};

/** Methods with the factor values each accepts, so a consultant can fill the sheet without the app. */
function methodRows(): string[][] {
  const rows: string[][] = [];
  for (const method of ['lec', 'ls', 'mes'] as const) {
    const set = getTableSet(method);
    const keys = set.factors.map((f) => `${f.symbol}=…`).join(';');
    rows.push([
      methodLabel[method],
      keys,
      set.factors.map((f) => `${f.symbol}: ${f.options.map((o) => o.value).join('/')}`).join('；'),
    ]);
  }
  const reasons = Object.values(directReasonLabelZh).join('/');
  rows.push([methodLabel.direct, '等级=重大;依据=其他;说明=…', `依据: ${reasons}；依据为“其他”时须写说明`]);
  return rows;
}

/** The import template: the register's headers with one example row, and a sheet of allowed codes. */
export async function buildImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(REGISTER_SHEET, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  sheet.columns = registerColumns.map((c) => ({ key: c.key, width: c.width }));
  sheet.mergeCells(1, 1, 1, registerColumns.length);
  const required = registerColumns
    .filter((c) => 'required' in c)
    .map((c) => c.header)
    .join('、');
  sheet.getCell(1, 1).value =
    `风险管控清单导入模板（必填：${required}；填写评价方法时等级由系统计算，也可只填等级）`;
  sheet.getRow(HEADER_ROW).values = registerColumns.map((c) => c.header);
  sheet.getRow(HEADER_ROW).font = { bold: true };
  sheet.addRow(registerColumns.map((c) => example[c.key]));

  const codes = workbook.addWorksheet('代码表');
  codes.columns = [{ width: 18 }, { width: 30 }, { width: 80 }];
  const section = (title: string, rows: string[][]) => {
    codes.addRow([title]).font = { bold: true };
    for (const r of rows) codes.addRow(r);
    codes.addRow([]);
  };
  section(
    '风险等级',
    riskLevel.options.map((l) => [riskLevelLabelZh[l], l]),
  );
  section('评价方法（方法 / 参数写法 / 允许值）', methodRows());
  section(
    '事故类型（GB 6441-1986）',
    accidentTypes1986.map((a) => [a.nameZh, a.code]),
  );
  section(
    '管控措施层级（写在措施前，如【工程控制】…）',
    controlHierarchy.options.map((h) => [`【${controlHierarchyLabelZh[h]}】`, h]),
  );
  section(
    '管控层级',
    Object.entries(tierLabelZh).map(([code, label]) => [label, code]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
