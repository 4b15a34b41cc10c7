import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { seedDemoRisk } from '../risk/seed-risk-registers.ts';
import { seedDemoIfEmpty } from '../seed-demo.ts';
import { seedDemoAssignment } from './seed-assignment.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoIfEmpty(t.db);
  await seedDemoRisk(t.app, t.db, {
    enterpriseKeys: ['hongda-chemical', 'ruifeng-materials', 'sinopec-chengguan', 'hengtong-foundry'],
  });
  await seedDemoAssignment(t.app, t.db, { now: new Date() });
}, 600_000);

describe('the assignment demo', () => {
  it('has assignments in the states the demo shows and two bulletins', async () => {
    const states = await t.db
      .selectFrom('supervisionAssignments')
      .select(['state', 'enterpriseId'])
      .execute();
    const by = new Set(states.map((s) => s.state));
    // Four registers give few risks; the full demo has more and fills issued and received too.
    expect([...by].sort()).toEqual(
      expect.arrayContaining(['acknowledged', 'closeOutRequested', 'closeOutReturned', 'closed', 'toAssign']),
    );
    // 宏达's newly identified significant risk is left to assign.
    const fresh = await t.db
      .selectFrom('supervisionAssignments as a')
      .innerJoin('riskUnits as u', (j) =>
        j.onRef('u.enterpriseId', '=', 'a.enterpriseId').onRef('u.id', '=', 'a.unitId'),
      )
      .select(['a.state', 'a.gradedLevel'])
      .where('u.name', '=', '液氯钢瓶临时存放点')
      .executeTakeFirstOrThrow();
    expect(fresh).toEqual({ state: 'toAssign', gradedLevel: 'significant' });
    const bulletins = await t.db.selectFrom('supervisionBulletins').select('kind').execute();
    expect(bulletins.map((b) => b.kind).sort()).toEqual(['monthlyNotice', 'weeklyDispatch']);
    console.log([...by].sort().join(','), states.length);
  });
});
