/** The platform administrator logs in to the admin home: 行政区划 / 监管部门 / 工作日历, no enterprise menus. */
import { test } from '../support/fixtures.ts';
import { checkLoginRoundTrip } from '../support/login-checks.ts';
import { personas } from '../support/personas.ts';

test('admin logs in to the admin home and logs out', async ({ page }) => {
  await checkLoginRoundTrip(page, personas.admin);
});
