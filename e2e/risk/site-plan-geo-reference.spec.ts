/**
 * anquan geo-references 宏达化工's site plan: two control points clicked on the plan with their
 * latitude and longitude; the plan reports the fit, every drawn zone gets WGS-84 coordinates, and
 * removing the geo-reference leaves the demo as it was.
 */
import { expect, test } from '../support/fixtures.ts';
import { personas } from '../support/personas.ts';
import { loginAs } from '../support/ui.ts';
import { DEMO_SITE_PLAN, sessionOf } from './risk-support.ts';

type Plan = { id: string; geoReference: unknown; placements: { wgs84: unknown }[] };

test('anquan sets two control points and the zones get real coordinates', async ({ page, pageApi }) => {
  await loginAs(page, personas.anquan);
  await pageApi.adoptSession();
  await page.goto('/risk/map');
  await expect(page.getByTestId('risk-map-plan-select')).toContainText(DEMO_SITE_PLAN);
  const card = page.getByTestId('risk-map-geo');
  await expect(card).toContainText('尚未配准');

  await page.getByTestId('risk-map-geo-pick').click();
  const canvas = page.getByTestId('risk-map-canvas');
  await expect(canvas).toHaveAttribute('data-mode', 'control');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the map canvas has no box');
  await canvas.click({ position: { x: Math.round(box.width * 0.05), y: Math.round(box.height * 0.05) } });
  await canvas.click({ position: { x: Math.round(box.width * 0.95), y: Math.round(box.height * 0.9) } });
  await expect(page.getByTestId('risk-map-control-point-1')).toBeAttached();
  await expect(page.getByTestId('risk-map-geo-save')).toBeDisabled(); // coordinates still missing

  await page.getByTestId('risk-map-geo-lat-0').fill('31.956');
  await page.getByTestId('risk-map-geo-lng-0').fill('118.85');
  await page.getByTestId('risk-map-geo-lat-1').fill('31.95');
  await page.getByTestId('risk-map-geo-lng-1').fill('118.86');
  await page.getByTestId('risk-map-geo-save').click();
  await expect(page.getByTestId('risk-map-geo-status')).toContainText('两点配准');

  const enterpriseId = (await sessionOf(pageApi)).enterprise?.id ?? '';
  const plans = await pageApi.json<{ data: { id: string; name: string }[] }>(
    'GET',
    `/enterprises/${enterpriseId}/risk-site-plans`,
  );
  const planId = plans.data.find((p) => p.name === DEMO_SITE_PLAN)?.id ?? '';
  const plan = await pageApi.json<{ data: Plan }>(
    'GET',
    `/enterprises/${enterpriseId}/risk-site-plans/${planId}`,
  );
  expect(plan.data.geoReference).toMatchObject({ method: 'similarity' });
  expect(plan.data.placements.length).toBeGreaterThan(0);
  for (const zone of plan.data.placements) expect(zone.wgs84).not.toBeNull();

  await page.getByTestId('risk-map-geo-clear').click();
  await expect(card).toContainText('尚未配准');
});
