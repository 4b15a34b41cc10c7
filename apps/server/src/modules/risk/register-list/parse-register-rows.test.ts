import { describe, expect, it } from 'vitest';
import { evaluateAssessment } from '../engine/evaluate-assessment.ts';
import { getTableSet } from '../engine/factor-tables.ts';
import { parseRegisterRows, type ImportLookups } from './parse-register-rows.ts';
import { cellsFrom, type RegisterCells } from './register-columns.ts';

const lookups: ImportLookups = {
  orgUnitsByName: new Map([
    ['储运车间', ['dept-1']],
    ['重名部门', ['d-a', 'd-b']],
  ]),
  usersByName: new Map([
    ['张三', ['user-1']],
    ['zhangsan', ['user-1']],
  ]),
  existingUnits: new Map([
    ['U-DRAFT', { objectCode: 'O-1', status: 'draft' as const, isArchived: false }],
    ['U-APPROVED', { objectCode: 'O-1', status: 'approved' as const, isArchived: false }],
    ['U-OLD', { objectCode: 'O-1', status: 'draft' as const, isArchived: true }],
  ]),
  archivedObjectCodes: new Set(['O-GONE']),
  tables: { lec: getTableSet('lec'), ls: getTableSet('ls'), mes: getTableSet('mes') },
};

const good: Partial<RegisterCells> = {
  objectCode: 'O-1',
  objectName: '储罐区',
  unitCode: 'U-1',
  unitName: 'T-101',
  eventName: '泄漏火灾',
  factors: '2 物的因素\n1101 负荷超限',
  inherentMethod: 'LEC',
  inherentInputs: 'L=3;E=6;C=15',
  residualMethod: 'ls',
  residualInputs: 'L=2；S=4',
  accidentTypes: '火灾、015',
  controlMeasures: '【工程控制】设置报警仪\n[administrative] 巡检',
  emergencyMeasures: '关闭阀门\n启动泡沫系统',
  controlTier: '车间',
  responsibleUnit: '储运车间',
  responsibleUser: 'zhangsan',
};
const line = (row: number, over: Partial<RegisterCells> = {}) => ({
  row,
  cells: cellsFrom((key) => ({ ...good, ...over })[key] ?? ''),
});
const parse = (...lines: ReturnType<typeof line>[]) => parseRegisterRows(lines, lookups);

describe('register import rows', () => {
  it('turns a good line into objects, assessments through the engine, measures and owners', () => {
    const { rows, errors } = parse(line(3));
    expect(errors).toEqual([]);
    const r = rows[0];
    expect(r).toMatchObject({
      row: 3,
      factorCodes: ['2', '1101'],
      accidentTypes: ['08', '015'],
      controlMeasures: [
        { hierarchy: 'engineering', content: '设置报警仪' },
        { hierarchy: 'administrative', content: '巡检' },
      ],
      emergencyMeasures: ['关闭阀门', '启动泡沫系统'],
      controlTier: 'workshop',
      responsibleUnitId: 'dept-1',
      responsibleUserId: 'user-1',
    });
    expect(r?.inherent?.result).toEqual(evaluateAssessment({ method: 'lec', inputs: { l: 3, e: 6, c: 15 } }));
    expect(r?.residual?.result.level).toBe(
      evaluateAssessment({ method: 'ls', inputs: { l: 2, s: 4 } }).level,
    );
  });

  it('reports every bad cell with its row, column and reason', () => {
    const { rows, errors } = parse(
      line(3, { objectCode: '', eventName: '' }),
      line(4, { inherentInputs: 'L=3;E=6;C=16' }),
      line(5, { residualMethod: 'XYZ' }),
      line(6, { accidentTypes: '外星入侵' }),
      line(7, { controlMeasures: '没有层级的措施' }),
      line(8, { responsibleUnit: '不存在的部门', responsibleUser: '重名部门' }),
      line(9, { controlTier: '集团', factors: 'ABC' }),
      line(10, { inherentMethod: '', inherentInputs: 'L=3' }),
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 3, column: '对象编码', reason: '必填' },
      { row: 3, column: '存在风险', reason: '必填' },
      { row: 4, column: '固有风险评价参数', reason: expect.stringContaining('16 is not an allowed C value') },
      { row: 5, column: '剩余风险评价方法', reason: expect.stringContaining('未知评价方法') },
      { row: 6, column: '事故类型', reason: '未知事故类型“外星入侵”' },
      {
        row: 7,
        column: '主要管控措施',
        reason: expect.stringContaining('须以【消除/替代/工程控制/管理控制/个体防护】开头'),
      },
      { row: 8, column: '责任部门', reason: '本企业没有名为“不存在的部门”的部门' },
      { row: 8, column: '责任人', reason: '本企业没有名为“重名部门”的人员' },
      { row: 9, column: '危险有害因素', reason: '“ABC”不是 GB/T 13861 代码' },
      { row: 9, column: '管控层级', reason: '未知管控层级“集团”' },
      { row: 10, column: '固有风险评价方法', reason: '填写了评价参数时须写评价方法' },
    ]);
  });

  it('names an ambiguous department rather than guessing', () => {
    const { errors } = parse(line(3, { responsibleUnit: '重名部门' }));
    expect(errors).toEqual([{ row: 3, column: '责任部门', reason: '有多个名为“重名部门”的部门，无法确定' }]);
  });

  it('keeps units and objects consistent across lines', () => {
    const { errors } = parse(
      line(3),
      line(4, { eventName: '第二事件' }),
      line(5, { unitName: '别的名字' }),
      line(6, { objectCode: 'O-2', objectName: '另一个对象' }),
      line(7, { objectName: '改名的储罐区', unitCode: 'U-9' }),
    );
    expect(errors).toEqual([
      { row: 5, column: '辨识部位', reason: '与第 3 行同一单元编码的名称不一致' },
      { row: 6, column: '对象编码', reason: '单元 U-1 在第 3 行属于对象 O-1' },
      { row: 7, column: '风险对象', reason: '与第 3 行同一对象编码的名称不一致' },
    ]);
  });

  it('adds events only to existing draft units of the same object', () => {
    expect(parse(line(3, { unitCode: 'U-DRAFT' })).errors).toEqual([]);
    expect(parse(line(3, { unitCode: 'U-APPROVED' })).errors[0]?.reason).toContain('已提交审批或已审定');
    expect(parse(line(3, { unitCode: 'U-DRAFT', objectCode: 'O-2' })).errors[0]?.reason).toBe(
      '单元编码已用于对象 O-1',
    );
    expect(parse(line(3, { unitCode: 'U-OLD' })).errors[0]?.reason).toContain('已归档');
    expect(parse(line(3, { objectCode: 'O-GONE' })).errors[0]).toMatchObject({ column: '对象编码' });
  });

  it('accepts a level without a method as a direct determination, and checks a given level against the score', () => {
    const direct = parse(line(3, { inherentMethod: '', inherentInputs: '', inherentLevel: '重大' }));
    expect(direct.rows[0]?.inherent?.input).toEqual({
      method: 'direct',
      inputs: { level: 'major', reason: 'other', note: '导入时直接给定等级' },
    });
    const computed = evaluateAssessment({ method: 'lec', inputs: { l: 3, e: 6, c: 15 } }).level;
    const wrong = computed === 'low' ? '重大' : '低';
    expect(parse(line(3, { inherentLevel: wrong })).errors[0]).toMatchObject({
      column: '固有风险等级',
      reason: expect.stringContaining('不一致'),
    });
    expect(parse(line(3, { inherentLevel: '紫色' })).errors[0]?.reason).toBe('未知风险等级“紫色”');
  });

  it('reads a direct determination written out, and refuses one the engine refuses', () => {
    const ok = parse(
      line(3, { residualMethod: '直接判定', residualInputs: '等级=重大;依据=构成重大危险源' }),
    );
    expect(ok.rows[0]?.residual?.result.level).toBe('major');
    const refused = parse(
      line(3, { residualMethod: '直接判定', residualInputs: '等级=一般;依据=构成重大危险源' }),
    );
    expect(refused.errors[0]).toMatchObject({
      column: '剩余风险评价参数',
      reason: "reason 'majorSource' requires level 'major'",
    });
    const noNote = parse(line(3, { residualMethod: '直接判定', residualInputs: '等级=低;依据=其他' }));
    expect(noNote.errors[0]?.column).toBe('剩余风险评价参数');
  });

  it('leaves an event unassessed when no method and no level are given', () => {
    const { rows } = parse(
      line(3, { inherentMethod: '', inherentInputs: '', residualMethod: '', residualInputs: '' }),
    );
    expect(rows[0]).toMatchObject({ inherent: null, residual: null });
  });
});
