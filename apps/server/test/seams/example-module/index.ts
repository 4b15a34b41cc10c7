import { sql } from 'kysely';
import { tablesOf } from '../../../src/kernel/index.ts';
import type { RiskEventType } from '../../../src/modules/risk/index.ts';
import { defineSubscriber } from '../../../src/platform/events/index.ts';
import { defineModule } from '../../../src/platform/modules/index.ts';
import type { DB } from './example.database.ts';
import type { ExampleTables } from './example.tables.ts';
import { exampleRoutes } from './example.routes.ts';

// A reaction to another module's change: risk does not know the example module exists.
const followNewObjects = defineSubscriber<{ type: Extract<RiskEventType, 'risk.object-created'> }>({
  id: 'example.follow-new-objects',
  on: ['risk.object-created'],
  async handle(event, ctx) {
    // At least once: the unique risk_object_id makes a second delivery a no-op.
    await tablesOf<DB>(ctx.db)
      .insertInto('exampleNotes')
      .values({
        enterpriseId: event.enterpriseId ?? '',
        id: crypto.randomUUID(),
        riskObjectId: event.entityId,
        text: '新风险对象，请补充管控措施',
      })
      .onConflict((oc) => oc.column('riskObjectId').doNothing())
      .execute();
  },
});

/** The smallest complete module: a table, routes, a to-do line and a subscriber. */
export const exampleModule = defineModule<ExampleTables>({
  name: 'example',
  routes: async (app, env) => {
    await app.register(exampleRoutes, { db: tablesOf<DB>(env.db) });
  },
  todoSources: [
    async ({ db, actor }) => {
      if (!actor.enterpriseId) return null;
      const row = await tablesOf<DB>(db)
        .selectFrom('exampleNotes')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('enterpriseId', '=', actor.enterpriseId)
        .executeTakeFirstOrThrow();
      return { key: 'exampleNotes', title: 'exampleNotes', count: row.n, link: '/example-notes' };
    },
  ],
  subscribers: [followNewObjects],
});
