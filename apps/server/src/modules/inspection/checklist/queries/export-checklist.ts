import type { Writable } from 'node:stream';
import { checkCycleUnitLabelZh, type InspectionWorkType, type WorkDayType } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import { forbidden } from '../../../../kernel/index.ts';
import type { Actor } from '../../../../kernel/index.ts';
import type { Db } from '../../inspection.database.ts';
import { mayRead } from '../../inspection.policy.ts';
import { InspectionScope } from '../../inspection-scope.ts';

const dayTypeNames: Record<WorkDayType, string> = {
  everyDay: '每天',
  workingDays: '工作日',
  nonWorkingDays: '非工作日',
};
const workTypeNames: Record<InspectionWorkType, string> = {
  routine: '日常排查',
  principal: '主要负责人包保',
  technical: '技术负责人包保',
  operational: '操作负责人包保',
};

const shanghai = (d: Date) =>
  new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * 隐患排查清单 (seed 003) as .xlsx: every check item in force with what the seed asks of it —
 * 风险部位, 管控措施, 风险失控表现, 排查内容, the responsible department and person, the cycle and
 * the work window. The rows are read before the response starts, so errors still answer as JSON.
 */
export async function prepareChecklistExport(db: Db, actor: Actor, enterpriseId: string, now = new Date()) {
  const scope = await InspectionScope.load(db, actor, enterpriseId);
  if (!mayRead(actor)) throw forbidden('inspection.read');
  const enterprise = await db
    .selectFrom('enterprises')
    .select('name')
    .where('id', '=', scope.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('inspectionItems as i')
    .leftJoin('orgUnits as d', 'd.id', 'i.responsibleUnitId')
    .leftJoin('users as u', 'u.id', 'i.responsibleUserId')
    .leftJoin('orgUnits as p', 'p.id', 'i.postId')
    .select([
      'i.unitName',
      'i.eventName',
      'i.measureContent',
      'i.failureSign',
      'i.troubleshootContent',
      'd.name as department',
      'u.name as person',
      'p.name as post',
      'i.checkCycle',
      'i.checkCycleUnit',
      'i.workStartTime',
      'i.workEndTime',
      'i.dayType',
      'i.workType',
    ])
    .where('i.enterpriseId', '=', scope.id)
    .where('i.retiredAt', 'is', null)
    .orderBy('i.unitName')
    .orderBy('i.eventName')
    .orderBy('i.measureContent')
    .execute();
  const stamp = shanghai(now);
  return {
    filename: `隐患排查清单-${stamp.slice(0, 10)}.xlsx`,
    write: async (out: Writable) => {
      const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
      const sheet = book.addWorksheet('隐患排查清单', { views: [{ state: 'frozen', ySplit: 2 }] });
      const columns: [string, number][] = [
        ['序号', 6],
        ['风险部位', 18],
        ['风险事件', 24],
        ['风险管控措施', 40],
        ['风险失控表现', 30],
        ['排查内容', 30],
        ['责任部门', 14],
        ['责任人', 10],
        ['岗位', 14],
        ['排查周期', 10],
        ['作业时段', 13],
        ['日期类型', 10],
        ['排查类型', 14],
      ];
      sheet.columns = columns.map(([, width]) => ({
        width,
        style: { alignment: { wrapText: true, vertical: 'top' } },
      }));
      const title = sheet.addRow([`${enterprise.name} 隐患排查清单（导出时间：${stamp}）`]);
      title.font = { bold: true, size: 13 };
      title.commit();
      const header = sheet.addRow(columns.map(([h]) => h));
      header.font = { bold: true };
      header.commit();
      rows.forEach((r, i) =>
        sheet
          .addRow([
            i + 1,
            r.unitName,
            r.eventName,
            r.measureContent,
            r.failureSign,
            r.troubleshootContent,
            r.department,
            r.person,
            r.post,
            `每${r.checkCycle === 1 ? '' : r.checkCycle}${checkCycleUnitLabelZh[r.checkCycleUnit]}`,
            r.workStartTime && r.workEndTime
              ? `${r.workStartTime.slice(0, 5)}–${r.workEndTime.slice(0, 5)}`
              : '',
            dayTypeNames[r.dayType],
            workTypeNames[r.workType],
          ])
          .commit(),
      );
      sheet.commit();
      await book.commit();
    },
  };
}
