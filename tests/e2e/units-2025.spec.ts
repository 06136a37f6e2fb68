import * as aq from 'arquero';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, openData, utf8 } from './upload-helpers.ts';

// The oracle: Arquero joins coverage.csv to provinces.csv and sums each unit's members.
const units = loadTable('units_2025.csv');
const unitCodes = (units.array('unit_code') as string[]).slice().sort();
const perUnit = (no: number): Map<string, { deployed: number; members: number }> => {
  const rows = loadTable('coverage.csv')
    .params({ no: String(no) })
    .filter((d: { model_no: string }, p: { no: string }) => d.model_no === p.no)
    .join(loadTable('provinces.csv').select('province_code', 'unit_2025'), 'province_code')
    .derive({ dep: "d => d.status === 'deployed' ? 1 : 0" })
    .groupby('unit_2025')
    .rollup({ deployed: aq.op.sum('dep'), members: aq.op.count() })
    .objects() as { unit_2025: string; deployed: number; members: number }[];
  return new Map(rows.map((r) => [r.unit_2025, { deployed: r.deployed, members: r.members }]));
};
const unitOfProvince = (code: string): string =>
  String(loadTable('provinces.csv').params({ c: code }).filter((d: { province_code: string }, p: { c: string }) => d.province_code === p.c).get('unit_2025', 0));

for (const no of [13, 14, 23]) {
  test(`model ${no} on the 34 units: each unit says how many of its former provinces deployed it, as Arquero sums them`, async ({ page }) => {
    await page.goto(`#/model/${no}?map=34&lang=en`);
    await waitForDashboardReady(page);
    const map = page.locator('[data-testid="province-map"]');
    await expect(map.locator('path[data-province]')).toHaveCount(34);
    const codes = await map.locator('path[data-province]').evaluateAll((els) => els.map((e) => e.getAttribute('data-province') ?? ''));
    expect(codes.sort()).toEqual(unitCodes);
    const oracle = perUnit(no);
    for (const [unit, { deployed, members }] of oracle) {
      const path = map.locator(`path[data-province="${unit}"]`);
      await expect(path, unit).toHaveAttribute('aria-label', new RegExp(`\\b${deployed} of ${members} former provinces deployed`));
      const status = deployed === members ? 'deployed' : deployed > 0 ? 'partial' : null;
      if (status) await expect(path, unit).toHaveAttribute('data-status', status);
      else await expect(path, unit).toHaveAttribute('data-status', /^(not_deployed|unknown)$/);
    }
    const all = [...oracle.values()];
    const legend = page.locator('[data-testid="status-legend"]');
    await expect(legend.locator('[data-status="deployed"]')).toContainText(`: ${all.filter((u) => u.deployed === u.members).length}`);
    await expect(legend.locator('[data-status="partial"]')).toContainText(`: ${all.filter((u) => u.deployed > 0 && u.deployed < u.members).length}`);
  });
}

test('the switch is in the URL, goes with a link to another view, and back to the 63', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(63);
  await page.locator('[data-testid="map-level"] [data-level="unit"]').click();
  await expect(page).toHaveURL(/map=34/);
  await expect(map.locator('path[data-province]')).toHaveCount(34);
  // A click on a unit opens the province page of the unit, still on the 34.
  await map.locator('path[data-province="VN-HP"]').click();
  await expect(page).toHaveURL(/#\/province\/VN-HP\?.*map=34/);
  await expect(page.locator('[data-testid="province-map"] path[data-province]')).toHaveCount(34);
  await page.locator('[data-testid="map-level"] [data-level="province"]').click();
  await expect(page).not.toHaveURL(/map=34/);
  await expect(page.locator('[data-testid="province-map"] path[data-province]')).toHaveCount(63);
});

test('the overview and a province page draw the 34 units; the province’s unit is the one marked', async ({ page }) => {
  await page.goto('#/?map=34');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="province-map"] path[data-province]')).toHaveCount(34);
  // Hà Giang (VN-03) has been part of Tuyên Quang's unit since 2025.
  const unit = unitOfProvince('VN-03');
  await page.goto('#/province/VN-03?map=34');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(34);
  await expect(map.locator('path[data-status="selected"]')).toHaveCount(1);
  await expect(map.locator(`path[data-province="${unit}"]`)).toHaveAttribute('data-status', 'selected');
});

test('the wall draws the 34 units with map=34', async ({ page }) => {
  await page.goto('#/wall?map=34&scenes=model-13,national&interval=3600');
  await expect(page.locator('[data-scene="model-13"] [data-testid="province-map"] path[data-province]')).toHaveCount(34);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-scene="national"] [data-testid="province-map"] path[data-province]')).toHaveCount(34);
});

test('the upload preview’s map of changes switches to the 34 units too', async ({ page }) => {
  // Model 13 deployed in Bình Định (VN-31), which it was not: Gia Lai's unit changes to "deployed".
  const text = readFileSync(resolve(import.meta.dirname, '../../data/coverage.csv'), 'utf8');
  const before = String(loadTable('coverage.csv').filter((d: { model_no: string; province_code: string }) => d.model_no === '13' && d.province_code === 'VN-31').get('status', 0));
  expect(before).not.toBe('deployed');
  await openData(page);
  await choose(page, 'quy-2025.csv', utf8(text.replace(`13,VN-31,${before},`, '13,VN-31,deployed,')));
  const map = page.locator('[data-testid="coverage-change-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(63, { timeout: 30_000 });
  await map.locator('[data-testid="map-level"] [data-level="unit"]').click();
  await expect(map.locator('path[data-province]')).toHaveCount(34);
  await expect(map.locator(`path[data-province="${unitOfProvince('VN-31')}"]`)).toHaveAttribute('data-status', 'to-deployed');
  await expect(map.locator('path[data-status="unchanged"]')).toHaveCount(33);
});
