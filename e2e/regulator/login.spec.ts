/**
 * Regulator personas (county emergency bureau, housing bureau, industrial-park township) log in
 * through the login page, land on the regulator home, see 企业名录 and none of the enterprise or
 * admin menus, and log out.
 */
import { test } from '../support/fixtures.ts';
import { checkLoginRoundTrip } from '../support/login-checks.ts';
import { personas } from '../support/personas.ts';

for (const persona of [personas.yingji, personas.zhujian, personas.xiangzhen]) {
  test(`${persona.username} logs in to the regulator home and logs out`, async ({ page }) => {
    await checkLoginRoundTrip(page, persona);
  });
}
