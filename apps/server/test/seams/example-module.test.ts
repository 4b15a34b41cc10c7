import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../../src/app/jobs/index.ts';
import { modules } from '../../src/app/modules.ts';
import { loadConfig } from '../../src/app/config.ts';
import { createJobRunner } from '../../src/platform/jobs/index.ts';
import { buildOrgUnit } from '../factories.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../register-test-world.ts';
import { exampleMigration } from './example-module/example.tables.ts';
import { exampleModule } from './example-module/index.ts';

// Adding a module is one line: the app's list plus the new descriptor (see docs/MODULES.md).
const withExample = [...modules, exampleModule];

let w: RegisterWorld;
let req: ReturnType<typeof requester>;

beforeAll(async () => {
  w = await buildRegisterWorld({ modules: withExample });
  req = requester(w.t);
  await sql.raw(exampleMigration).execute(w.t.db);
});

describe('a module added by its descriptor', () => {
  it('mounts its routes, with the enterprise scope of every other module', async () => {
    const added = await req(w.manager, 'POST', `/enterprises/${w.ent.id}/example-notes`, {
      text: '巡检后补充',
    });
    expect(added.statusCode).toBe(201);
    const list = await req(w.manager, 'GET', `/enterprises/${w.ent.id}/example-notes`);
    expect(list.json().data).toMatchObject([{ text: '巡检后补充' }]);
    expect((await req(w.otherManager, 'GET', `/enterprises/${w.ent.id}/example-notes`)).statusCode).toBe(404);
    const bad = await req(w.manager, 'POST', `/enterprises/${w.ent.id}/example-notes`, { text: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.text' });
  });

  it('adds its line to the home page 待办', async () => {
    const todos = (await req(w.manager, 'GET', '/todos')).json().data;
    expect(todos).toContainEqual({
      key: 'exampleNotes',
      title: 'exampleNotes',
      count: 1,
      link: '/example-notes',
    });
  });

  it("reacts to another module's events through its subscriber, once", async () => {
    const dept = await buildOrgUnit(w.t.db, w.ent.id, 'department');
    const created = await req(w.manager, 'POST', `/enterprises/${w.ent.id}/risk-objects`, {
      code: 'EX-01',
      name: '装卸站台',
      kind: 'facility',
      responsibleUnitId: dept.id,
      responsibleUserId: w.managerUser.id,
    });
    expect(created.statusCode).toBe(201);
    const config = loadConfig({
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0000',
      DATA_DIR: '.tmp/test-data',
    });
    const runner = createJobRunner({
      db: w.t.db,
      ...appJobs(config, w.t.db, withExample),
      onError: () => {},
    });
    for (let i = 0; i < 3; i += 1) await runner.tick();
    await runner.stop();
    const notes = await sql<{
      text: string;
    }>`select text from example_notes where risk_object_id = ${created.json().data.id}`.execute(w.t.db);
    expect(notes.rows).toEqual([{ text: '新风险对象，请补充管控措施' }]);
  });
});
