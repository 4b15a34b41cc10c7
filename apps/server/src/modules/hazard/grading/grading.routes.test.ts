import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../../../test/test-app.ts';
import { buildRegisterWorld, requester, type RegisterWorld } from '../../../../test/register-test-world.ts';
import { signatureVerified } from '../signatures/hazard-signature.ts';

let w: RegisterWorld;
let req: ReturnType<typeof requester>;
let base: string;

beforeAll(async () => {
  w = await buildRegisterWorld();
  req = requester(w.t);
  base = `/enterprises/${w.ent.id}/hazards`;
});
afterAll(async () => {
  await w.t.app.close();
});

const grading = {
  grade: 'general',
  hazardType: 5,
  managementClassification: 2,
  occurrenceLink: 6,
  rectificationType: 'deadline',
};

async function reported(): Promise<string> {
  const res = await req(w.worker, 'POST', base, {
    name: '配电室门口灭火器压力不足',
    description: '压力表指针在红区',
    dangerSrc: 1,
  });
  return res.json().data.id;
}

describe('confirming a hazard (signed)', () => {
  it('the safety manager confirms with the password; the signature verifies and a tampered row does not', async () => {
    const id = await reported();
    const res = await req(w.manager, 'POST', `${base}/${id}/confirm`, {
      ...grading,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(200);
    const h = await w.t.db.selectFrom('hazards').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(h).toMatchObject({ state: 'confirmed', grade: 'general', hazardType: 5 });
    const sig = await w.t.db
      .selectFrom('hazardSignatures')
      .selectAll()
      .where('hazardId', '=', id)
      .executeTakeFirstOrThrow();
    expect(sig.signerId).toBe(w.managerUser.id);
    expect(signatureVerified(sig)).toBe(true);
    await w.t.db
      .updateTable('hazardSignatures')
      .set({ content: JSON.stringify({ state: 'confirmed', grade: 'general', hazardType: 1 }) })
      .where('id', '=', sig.id)
      .execute();
    const tampered = await w.t.db
      .selectFrom('hazardSignatures')
      .selectAll()
      .where('id', '=', sig.id)
      .executeTakeFirstOrThrow();
    expect(signatureVerified(tampered)).toBe(false);
    const audit = await w.t.db
      .selectFrom('auditEvents')
      .select('action')
      .where('entityId', '=', id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['hazard.confirmed', 'hazard.reported']);
  });

  it('refuses a wrong password (400 on body.password), a worker (403) and outsiders (404)', async () => {
    const id = await reported();
    const wrong = await req(w.manager, 'POST', `${base}/${id}/confirm`, { ...grading, password: 'not-it' });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json())).toContain('body.password');
    expect(
      (await req(w.worker, 'POST', `${base}/${id}/confirm`, { ...grading, password: TEST_PASSWORD }))
        .statusCode,
    ).toBe(403);
    for (const s of [w.otherManager, w.regulatorOut, w.regulatorIn]) {
      expect(
        (await req(s, 'POST', `${base}/${id}/confirm`, { ...grading, password: TEST_PASSWORD })).statusCode,
      ).toBe(404);
    }
    const h = await w.t.db
      .selectFrom('hazards')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(h.state).toBe('reported');
  });

  it('a major-hazard criterion makes the grade major', async () => {
    const id = await reported();
    const res = await req(w.manager, 'POST', `${base}/${id}/confirm`, {
      ...grading,
      majorCriterionKey: 'chem-2017-15',
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const h = await w.t.db
      .selectFrom('hazards')
      .select(['grade', 'majorCriterionKey'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(h).toEqual({ grade: 'major', majorCriterionKey: 'chem-2017-15' });
  });
});
