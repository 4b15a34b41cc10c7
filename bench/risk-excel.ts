// Risk register Excel import and export at 2,000 units / 10,000 events (targets: import ≤ 10 s,
// export ≤ 5 s). Usage: npx tsx bench/risk-excel.ts [--postgres]   (prints JSON timings)
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { permissionsOf } from '@shuangkong/contracts';
import ExcelJS from 'exceljs';
import type { CommandContext } from '../apps/server/src/app/command-context.ts';
import type { DB } from '../apps/server/src/app/db-schema.ts';
import { MIGRATIONS_DIR } from '../apps/server/src/app/open-app-database.ts';
import { openDatabase } from '../apps/server/src/platform/db/database.ts';
import { migrate } from '../apps/server/src/platform/db/migrate.ts';
import { importRegister } from '../apps/server/src/modules/risk/register-list/commands/import-register.ts';
import { prepareRegisterExport } from '../apps/server/src/modules/risk/register-list/queries/export-register.ts';
import {
  registerColumns,
  type RegisterCells,
} from '../apps/server/src/modules/risk/register-list/register-columns.ts';
import { startPostgres } from '../scripts/pg-server.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 2_000);
const EVENTS_PER_UNIT = 5;
const usePostgres = process.argv.includes('--postgres');
const pg = usePostgres ? startPostgres({ port: 54393 }) : null;

try {
  const database = await openDatabase<DB>(pg ? { url: pg.url } : {});
  await migrate(database, MIGRATIONS_DIR);
  const db = database.db;
  await db
    .insertInto('jurisdictions')
    .values({ code: '990000', parentCode: null, name: '基准省', level: 'province', path: '990000' })
    .execute();

  async function enterprise(name: string): Promise<CommandContext> {
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
    await db
      .insertInto('users')
      .values({
        id: userId,
        username: `bench-${id.slice(0, 8)}`,
        phone: null,
        name: '张三',
        passwordHash: 'x',
        enterpriseId: id,
        regulatorId: null,
        orgUnitId: null,
        lockedUntil: null,
        lastLoginAt: null,
      })
      .execute();
    const actor = {
      userId,
      username: 'bench',
      name: '张三',
      roles: ['safetyManager' as const],
      permissions: new Set(permissionsOf(['safetyManager'])),
      enterpriseId: id,
      regulatorId: null,
      orgUnitId: null,
      scope: { kind: 'enterprise' as const, enterpriseId: id },
      via: 'session' as const,
    };
    return { db, actor, audit: { actorId: userId, actorName: '张三', requestId: 'bench', ip: null } };
  }

  // A consultant-style sheet: every line assessed twice, with factors, accident types and measures.
  function line(u: number, e: number): RegisterCells {
    const lec =
      [
        ['L=3;E=6;C=15', ''],
        ['L=6;E=6;C=40', ''],
        ['L=1;E=3;C=7', ''],
      ][e % 3]?.[0] ?? '';
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
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('风险管控清单');
  sheet.addRow(['基准数据']);
  sheet.addRow(registerColumns.map((c) => c.header));
  for (let u = 0; u < UNITS; u++)
    for (let e = 0; e < EVENTS_PER_UNIT; e++) sheet.addRow(registerColumns.map((c) => line(u, e)[c.key]));
  const sourceFile = Buffer.from(await wb.xlsx.writeBuffer());

  const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const t0 = performance.now();
    const out = await fn();
    return [out, Math.round(performance.now() - t0)];
  };

  const a = await enterprise('基准企业甲');
  const [imported, importMs] = await time(() =>
    importRegister(a, { enterpriseId: a.actor.enterpriseId ?? '', bytes: sourceFile }),
  );

  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const [, exportMs] = await time(async () => {
    const file = await prepareRegisterExport(db, a.actor, a.actor.enterpriseId ?? '', {
      sort: 'code',
      order: 'asc',
    });
    await file.write(sink);
  });
  const exported = Buffer.concat(chunks);

  const b = await enterprise('基准企业乙');
  const [, reimportMs] = await time(() =>
    importRegister(b, { enterpriseId: b.actor.enterpriseId ?? '', bytes: exported }),
  );

  console.log(
    JSON.stringify(
      {
        database: database.kind,
        units: UNITS,
        events: imported.events,
        measures: imported.measures,
        importMs,
        exportMs,
        exportBytes: exported.length,
        reimportOfExportMs: reimportMs,
        targets: { importMs: 10_000, exportMs: 5_000 },
      },
      null,
      2,
    ),
  );
  await database.close();
} finally {
  pg?.stop();
}
