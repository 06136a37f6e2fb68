/**
 * Issue 14.2: what changed since an earlier edition. A second coverage edition made for the test
 * (tests/fixtures/editions/coverage-2024-12.csv, six statuses changed by hand; see its README) is
 * uploaded beside the bundled one; `?compare=2024-06-19` then marks exactly those changes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { choose, openData } from './upload-helpers.ts';

const FILE = 'coverage-2024-12.csv';
const bytes = readFileSync(resolve(import.meta.dirname, '../fixtures/editions', FILE));
// Written by hand from the fixture's README: model → province → change.
const CHANGES: Record<number, Record<string, string>> = {
  2: { 'VN-14': 'no_longer_reported' },
  7: { 'VN-HN': 'newly_deployed', 'VN-01': 'newly_reported' },
  13: { 'VN-HN': 'no_longer_deployed', 'VN-03': 'newly_deployed', 'VN-31': 'newly_deployed' },
};

async function uploadSecondEdition(page: Page): Promise<void> {
  await openData(page);
  await choose(page, FILE, new Uint8Array(bytes));
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await page.locator('[data-testid="apply-upload"]').click();
  await expect(page.locator('[data-testid="upload-applied"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="edition"][data-origin="upload"]')).toContainText('2024');
}

/** The `data-change` of every marked shape of the map on screen, by province code. */
async function marked(page: Page): Promise<Record<string, string>> {
  await expect(page.locator('[data-testid="province-map"] path[data-province]').first()).toBeAttached({ timeout: 20_000 });
  return page.locator('[data-testid="province-map"] path[data-change]').evaluateAll((paths) => Object.fromEntries(paths.map((p) => [
    p.getAttribute('data-province') ?? '', p.getAttribute('data-change') ?? '',
  ])));
}

const counts = async (page: Page, root = page.locator('[data-testid="changes"]')) => Object.fromEntries(await Promise.all(
  ['newly_deployed', 'no_longer_deployed', 'newly_reported', 'no_longer_reported'].map(async (k) => [k, (await root.locator(`[data-testid="change-count"][data-change="${k}"] .kpi-value`).textContent())?.trim()]),
));

test('a model compared with the bundled edition marks exactly its changed provinces, counts them and downloads them', async ({ page }) => {
  await uploadSecondEdition(page);
  await page.goto('#/model/13?compare=2024-06-19');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="changes"] [data-testid="changed-rows"] tbody tr')).toHaveCount(3);
  expect(await marked(page)).toEqual(CHANGES[13]);
  expect(await counts(page)).toEqual({ newly_deployed: '2', no_longer_deployed: '1', newly_reported: '0', no_longer_reported: '0' });
  await expect(page.locator('[data-testid="change-legend"]')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="changes"] [data-testid="download-csv"]').click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/).filter((l) => !l.startsWith('"#') && !l.startsWith('#'));
  expect(lines[0]).toBe('model_no,model_name_vi,model_name_en,province_code,name_vi,name_en,before,after,change,source,as_of,before_source,before_as_of');
  expect(lines.slice(1).map((l) => l.split(',').slice(3, 4).concat(l.match(/(newly|no_longer)_\w+/)?.[0] ?? '').join(' '))).toEqual(['VN-HN no_longer_deployed', 'VN-03 newly_deployed', 'VN-31 newly_deployed']);
  // Without ?compare nothing is marked.
  await page.goto('#/model/13');
  await expect(page.locator('[data-testid="changes"]')).toHaveCount(0);
  expect(await marked(page)).toEqual({});
});

test('the overview outlines every province with a change, the lists gain a column of change, a province shows its own', async ({ page }) => {
  await uploadSecondEdition(page);
  await page.goto('#/?compare=2024-06-19');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="changes"] [data-testid="changed-rows"] tbody tr')).toHaveCount(6);
  // Hà Nội changed twice (model 7 newly deployed, model 13 no longer): both kinds, in the legend's order.
  expect(await marked(page)).toEqual({ 'VN-HN': 'newly_deployed no_longer_deployed', 'VN-03': 'newly_deployed', 'VN-31': 'newly_deployed', 'VN-01': 'newly_reported', 'VN-14': 'no_longer_reported' });
  expect(await counts(page)).toEqual({ newly_deployed: '3', no_longer_deployed: '1', newly_reported: '1', no_longer_reported: '1' });

  await page.goto('#/model?compare=2024-06-19');
  const changeOf = (row: string) => page.locator(`[data-model="${row}"] [data-col="change"]`);
  await expect(changeOf('13')).toHaveAttribute('data-change', 'newly_deployed no_longer_deployed');
  await expect(changeOf('2')).toHaveAttribute('data-change', 'no_longer_reported');
  await expect(changeOf('1')).toHaveText('—');

  await page.goto('#/province?compare=2024-06-19');
  await expect(page.locator('tr:has(a[href*="/province/VN-HN"]) [data-col="change"]')).toHaveAttribute('data-change', 'newly_deployed no_longer_deployed');

  await page.goto('#/province/VN-HN?compare=2024-06-19&lang=en');
  await expect(page.locator('[data-testid="changes"] [data-testid="changed-rows"] tbody tr')).toHaveCount(2);
  await expect(page.locator('[data-model="7"] [data-col="change"]')).toHaveText('Newly deployed');
  await expect(page.locator('[data-model="13"] [data-col="change"]')).toHaveText('No longer deployed');
});

test('the brief gains a line of change; the wall shows the national changes since the last report', async ({ page }) => {
  await uploadSecondEdition(page);
  await page.goto('#/brief/model/13?compare=2024-06-19&lang=en');
  await expect(page.locator('[data-brief-ready="true"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="brief-change"]')).toHaveText('Against the figures of 19 June 2024: 2 newly deployed · 1 no longer deployed.');

  await page.goto('#/wall?scenes=changes&interval=3600&refresh=3600');
  const scene = page.locator('[data-scene="changes"]');
  await expect(scene.locator('[data-compare="2024-06-19"]')).toBeVisible({ timeout: 30_000 });
  await expect(scene.locator('[data-change="newly_deployed"][data-testid="change-count"] strong')).toHaveText('3');
  expect(await marked(page)).toEqual({ 'VN-HN': 'newly_deployed no_longer_deployed', 'VN-03': 'newly_deployed', 'VN-31': 'newly_deployed', 'VN-01': 'newly_reported', 'VN-14': 'no_longer_reported' });
});

test('with one edition the wall skips the scene of changes rather than show it empty', async ({ page }) => {
  await page.goto('#/wall?scenes=changes,national&interval=3600&refresh=3600');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-scene="national"]')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-scene="changes"]')).toHaveCount(0);
});
