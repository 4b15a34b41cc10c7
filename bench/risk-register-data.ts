// Generated risk registers for the benches: an enterprise with a safety manager, and a consultant-
// style 风险管控清单 workbook (every line assessed twice, with factors, accident types and measures).
import { randomUUID } from 'node:crypto';
import { permissionsOf } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import type { CommandContext } from '../apps/server/src/kernel/index.ts';
import type { DB, Db } from '../apps/server/src/app/db-schema.ts';
import { hashPassword } from '../apps/server/src/modules/identity/index.ts';
import { registerColumns, type RegisterCells } from '../apps/server/src/modules/risk/index.ts';

export const BENCH_PASSWORD = 'Bench@2026';

/** The bench jurisdiction every generated enterprise sits in; call once per database. */
export async function createBenchJurisdiction(db: Db): Promise<void> {
  await db
    .insertInto('jurisdictions')
    .values({ code: '990000', parentCode: null, name: '基准省', level: 'province', path: '990000' })
    .execute();
}

/**
 * An approved enterprise with the workshop and person the sheet names, and a safety manager who
 * can log in with BENCH_PASSWORD; returns a command context acting as that manager.
 */
export async function createBenchEnterprise(
  db: Db,
  name: string,
): Promise<CommandContext<DB> & { username: string }> {
  const id = randomUUID();
  await db
    .insertInto('enterprises')
    .values({
      id,
      name,
      creditCode: `BENCH${id.slice(0, 13)}`,
      address: '基准路1号',
      jurisdictionCode: '990000',
      jurisdictionPath: '990000',
      scale: 'large',
      isHighRisk: true,
      principalName: '王',
      principalPhone: '13800000001',
      contactName: '李',
      contactPhone: '13800000002',
      lat: null,
      lng: null,
      employeeCount: 500,
      safeSinceDate: null,
      status: 'approved',
    })
    .execute();
  await db
    .insertInto('orgUnits')
    .values({ enterpriseId: id, id: randomUUID(), parentId: null, name: '储运车间', kind: 'workshop' })
    .execute();
  const userId = randomUUID();
  const username = `bench-${id.slice(0, 8)}`;
  await db
    .insertInto('users')
    .values({
      id: userId,
      username,
      phone: null,
      name: '张三',
      passwordHash: await hashPassword(BENCH_PASSWORD),
      enterpriseId: id,
      regulatorId: null,
      orgUnitId: null,
      lockedUntil: null,
      lastLoginAt: null,
    })
    .execute();
  await db.insertInto('userRoles').values({ userId, role: 'safetyManager' }).execute();
  const actor = {
    userId,
    username,
    name: '张三',
    roles: ['safetyManager' as const],
    permissions: new Set(permissionsOf(['safetyManager'])),
    enterpriseId: id,
    regulatorId: null,
    orgUnitId: null,
    scope: { kind: 'enterprise' as const, enterpriseId: id },
    via: 'session' as const,
  };
  return { db, actor, audit: { actorId: userId, actorName: '张三', requestId: 'bench', ip: null }, username };
}

function line(u: number, e: number): RegisterCells {
  const lec = ['L=3;E=6;C=15', 'L=6;E=6;C=40', 'L=1;E=3;C=7'][e % 3] ?? '';
  return {
    seq: '',
    objectCode: `OBJ-${Math.floor(u / 10)}`,
    objectName: `生产装置${Math.floor(u / 10)}`,
    unitCode: `U-${u}`,
    unitName: `单元${u}`,
    eventName: `风险事件${u}-${e}：物料泄漏引发火灾爆炸`,
    factors: '2 物的因素\n1101 负荷超限',
    inherentMethod: 'LEC',
    inherentInputs: lec,
    inherentLevel: '',
    residualMethod: 'LS',
    residualInputs: `L=${1 + (e % 3)};S=${2 + (u % 3)}`,
    residualLevel: '',
    accidentTypes: '火灾、其他爆炸',
    controlMeasures: '【工程控制】设置可燃气体检测报警仪并与紧急切断阀联锁\n【管理控制】每班巡检两次并记录',
    emergencyMeasures: '立即关闭进出料阀门，启动泡沫灭火系统',
    controlTier: '车间',
    responsibleUnit: '储运车间',
    responsibleUser: '张三',
    status: '',
  };
}

/** A register workbook of `units` units (ten per object) with `eventsPerUnit` events each. */
export async function registerWorkbook(units: number, eventsPerUnit: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('风险管控清单');
  sheet.addRow(['基准数据']);
  sheet.addRow(registerColumns.map((c) => c.header));
  for (let u = 0; u < units; u++)
    for (let e = 0; e < eventsPerUnit; e++) sheet.addRow(registerColumns.map((c) => line(u, e)[c.key]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
