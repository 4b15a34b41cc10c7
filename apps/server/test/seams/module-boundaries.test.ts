import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
// @ts-expect-error -- a plain ESM rule file without type declarations
import { moduleBoundaries } from '../../../../tools/eslint/module-boundaries.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });
const src = '/repo/apps/server/src';
const at = (path: string, code: string) => ({ filename: `${src}/${path}`, code });
const bad = (path: string, code: string, messageId: string) => ({
  ...at(path, code),
  errors: [{ messageId }],
});

tester.run('module-boundaries', moduleBoundaries, {
  valid: [
    // Downstream and sideways inside one layer or module.
    at('kernel/index.ts', "import { x } from './errors.ts';"),
    at('platform/jobs/job-runner.ts', "import { tablesOf } from '../../kernel/index.ts';"),
    at('platform/events/event-delivery.ts', "import { enqueueJob } from '../jobs/index.ts';"),
    at('modules/identity/user/commands/invite-user.ts', "import { x } from '../../identity.database.ts';"),
    at('modules/risk/risk-scope.ts', "import { findEnterpriseForActor } from '../identity/index.ts';"),
    at('modules/risk/index.ts', "import { defineModule } from '../../platform/modules/index.ts';"),
    at('modules/hazard/index.ts', "import { riskModule } from '../risk/index.ts';"),
    at('seed/seed-demo.ts', "import { hashPassword } from '../modules/identity/index.ts';"),
    at('app/modules.ts', "import { riskModule } from '../modules/risk/index.ts';"),
    at('app/prepare-demo.ts', "import { seedDemoIfEmpty } from '../seed/seed-demo.ts';"),
    at('main.ts', "import { buildApp } from './app/build-app.ts';"),
    at('cli/audit-verify.ts', "import { loadConfig } from '../app/config.ts';"),
    // Tests are clients of everything.
    at(
      'platform/jobs/job-runner.test.ts',
      "import { openTestDatabase } from '../../../test/test-database.ts';",
    ),
    at('modules/risk/objects/objects.routes.test.ts', "import { x } from '../../identity/auth/password.ts';"),
    // Packages are not the rule's business.
    at('kernel/errors.ts', "import { z } from 'zod';"),
  ],
  invalid: [
    bad('kernel/errors.ts', "import { appendAuditEvent } from '../platform/audit/index.ts';", 'upward'),
    bad('kernel/errors.ts', "import { can } from '../modules/identity/index.ts';", 'upward'),
    bad('platform/files/store-upload.ts', "import { x } from '../../modules/identity/index.ts';", 'upward'),
    bad('platform/jobs/define-job.ts', "import type { DB } from '../../app/db-schema.ts';", 'upward'),
    bad('modules/risk/index.ts', "import { x } from '../../app/todos.ts';", 'upward'),
    bad('modules/risk/index.ts', "import { demoIds } from '../../seed/demo-ids.ts';", 'upward'),
    bad('seed/seed-demo.ts', "import type { Db } from '../app/db-schema.ts';", 'upward'),
    // A module importing one after it in the order.
    bad(
      'modules/identity/enterprise/enterprise.presenter.ts',
      "import { x } from '../../risk/index.ts';",
      'downstream',
    ),
    bad('modules/risk/risk-scope.ts', "import { x } from '../inspection/index.ts';", 'downstream'),
    bad('modules/hazard/index.ts', "export { x } from '../supervision/index.ts';", 'downstream'),
    bad('modules/risk/x.ts', "const m = import('../hazard/index.ts');", 'downstream'),
    // Through index.ts only.
    bad('modules/risk/risk-scope.ts', "import { x } from '../identity/auth/password.ts';", 'deep'),
    bad('app/modules.ts', "import { x } from '../modules/risk/risk-scope.ts';", 'deep'),
    {
      filename: '/repo/bench/risk-tree.ts',
      code: "import { x } from '../apps/server/src/modules/risk/risk-scope.ts';",
      errors: [{ messageId: 'deep' }],
    },
    // A module nobody placed in the order.
    bad('modules/audit/index.ts', "import { x } from '../identity/index.ts';", 'unknownModule'),
    bad('app/modules.ts', "import { x } from '../modules/billing/index.ts';", 'unknownModule'),
  ],
});
