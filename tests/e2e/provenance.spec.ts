/**
 * Issue 11: every figure tells the truth about where it comes from. An uploaded edition is named on
 * every surface that shows its figures (views, a second tab, the wall, a brief, the CSV), the figures
 * derived from it are recomputed (model 13's stated-vs-listed), and restoring the bundled data takes
 * every banner away. Each wall scene names its own sources and dates.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, openData, utf8 } from './upload-helpers.ts';

const FILE = 'coverage-quy-3.csv';
type Row = Record<string, string>;
const coverage = loadTable('coverage.csv').objects() as Row[];
const sources = loadTable('sources.csv').objects() as Row[];

// As a staff member edits the downloaded table in a spreadsheet: Hà Giang (VN-03) becomes deployed
// for model 13, and the basis column is left as it was ("not named; the list has the stated count").
const original = readFileSync(resolve(import.meta.dirname, '../../data/coverage.csv'), 'utf8');
const edited = original.replace('\n13,VN-03,not_deployed,not_listed,', '\n13,VN-03,deployed,not_listed,');

async function upload(page: Page): Promise<void> {
  await openData(page);
  await choose(page, FILE, utf8(edited));
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-rebased"]')).toContainText(FILE);
  await page.locator('[data-testid="apply-upload"]').click();
  await expect(page.locator('[data-testid="upload-applied"]')).toBeVisible({ timeout: 30_000 });
}

async function banner(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="edition-banner"]').first()).toContainText(FILE, { timeout: 20_000 });
}

test('an uploaded coverage edition is named on the overview, a model, a second tab, the wall and a brief; restoring removes every banner', async ({ page, context }) => {
  const listed13 = coverage.filter((r) => r.model_no === '13' && r.status === 'deployed' && r.basis !== 'all_provinces').length;
  expect(listed13).toBe(33);
  await upload(page);
  await banner(page, '#/');
  await banner(page, '#/model/13');
  // The stated-vs-listed figure is counted from the upload: 32 stated, one more province listed.
  await expect(page.locator('[data-testid="kpi-stated-listed"]')).toContainText(`32 / ${listed13 + 1}`);
  await expect(page.locator('[data-testid="coverage-table"] tr[data-province="VN-03"]')).toContainText(/Theo tệp tải lên/);
  const other = await context.newPage();
  await banner(other, '#/model/13');
  await other.close();
  await banner(page, '#/wall?scenes=model-13&interval=600&refresh=3600');
  await banner(page, '#/brief/model/13');
  // A view whose figures come from no uploaded table says nothing.
  await page.goto('#/difficulties');
  await waitForDashboardReady(page);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('[data-testid="edition-banner"]')).toHaveCount(0);

  await openData(page);
  await page.locator('[data-testid="restore-bundled"]').click();
  await expect(page.locator('[data-testid="uploads-result"]')).toBeVisible({ timeout: 30_000 });
  for (const hash of ['#/', '#/model/13', '#/wall?scenes=model-13&interval=600&refresh=3600', '#/brief/model/13']) {
    await page.goto(hash);
    await waitForDashboardReady(page);
    await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])').first()).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('[data-testid="edition-banner"]'), hash).toHaveCount(0);
  }
});

test('a CSV of figures from an upload names the upload in its first line; a table so downloaded still uploads back as itself', async ({ page }) => {
  await upload(page);
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="edition-banner"]')).toContainText(FILE);
  const [map] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-csv"]').first().click()]);
  expect(readFileSync(await map.path(), 'utf8').split('\r\n')[0]).toMatch(new RegExp(`^\\uFEFF"?# .*${FILE.replace('.', '\\.')}`));
  await openData(page);
  const [whole] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="dataset-table"] tr[data-table="coverage"] [data-testid="download-csv"]').click()]);
  const text = readFileSync(await whole.path(), 'utf8');
  expect(text.split('\r\n')[0]).toContain(FILE);
  await choose(page, 'coverage-tai-ve.csv', utf8(text));
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="preview-changed"] .kpi-value')).toHaveText('0');
  await expect(page.locator('[data-testid="apply-upload"]')).toBeDisabled();
});

/** The ISO dates a scene's figures carry, by hand from the committed tables. */
function expectedDates(scene: string): string {
  if (scene === 'national') return [...new Set(coverage.map((r) => r.as_of))].sort().join(',');
  if (scene === 'difficulties') {
    const cited = new Set((loadTable('difficulties.csv').objects() as Row[]).map((r) => r.source));
    return [...new Set(sources.filter((s) => cited.has(s.source ?? '')).map((s) => s.as_of))].sort().join(',');
  }
  const ids = ['chip_id_cards_issued', 'eid_accounts_activated', 'eid_activation_rate', 'vneid_accesses', 'population_db_requests', 'population_db_savings',
    'exam_registrations_online_share_2024', 'accommodation_notices', 'cashless_social_payment_recipients', 'provinces_with_ioc_ready',
    'models_deployed_in_all_provinces', 'civil_servant_records_synced'];
  return [...new Set((loadTable('indicators.csv').objects() as Row[]).filter((r) => ids.includes(r.indicator_id ?? '')).map((r) => r.as_of))].sort().join(',');
}

for (const scene of ['national', 'indicators', 'difficulties']) {
  test(`the wall's ${scene} scene names its own sources and the dates of its figures, uncut`, async ({ page }) => {
    await page.goto(`#/wall?scenes=${scene}&interval=600&refresh=3600`);
    const source = page.locator('[data-testid="scene-source"]');
    await expect(source).toHaveAttribute('data-as-of', expectedDates(scene), { timeout: 30_000 });
    const fits = await source.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
  });
}
