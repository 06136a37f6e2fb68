/**
 * The data-quality view against the committed discrepancies.csv and coverage.csv, read by Arquero:
 * every row listed in file order, filters from the URL, counts per kind, coverage cells per basis, the CSV.
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

type Discrepancy = { kind: string; model_no: string | null; province_code: string | null; stated: string | null; counted: string | null; detail: string; detail_vi: string };
const discrepancies = loadTable('discrepancies.csv');
const rows = discrepancies.objects() as Discrepancy[];
const tableRows = (page: Page) => page.locator('[data-testid="discrepancy-table"] tbody tr');

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="kind-chips"]')).toBeVisible();
}

test('lists every row of discrepancies.csv, in order, with its kind, model, province, figures and detail', async ({ page }) => {
  await open(page, '#/quality');
  await expect(tableRows(page)).toHaveCount(discrepancies.numRows());
  for (const [i, r] of rows.entries()) {
    const tr = tableRows(page).nth(i);
    await expect(tr).toHaveAttribute('data-kind', r.kind);
    await expect(tr).toHaveAttribute('data-model', r.model_no ?? '');
    await expect(tr).toHaveAttribute('data-province', r.province_code ?? '');
    await expect(tr.locator('td').nth(4)).toHaveText(r.detail_vi);
    if (r.stated !== null) await expect(tr.locator('td').nth(2)).toHaveText(r.stated);
    if (r.counted !== null) await expect(tr.locator('td').nth(3)).toContainText(r.counted);
    if (r.model_no) await expect(tr.locator(`a[href*="#/model/${r.model_no}"]`)).toHaveCount(1);
    if (r.province_code) await expect(tr.locator(`a[href*="#/province/${r.province_code}"]`)).toHaveCount(1);
  }
});

test('the kind chips count Arquero’s rows per kind', async ({ page }) => {
  await open(page, '#/quality');
  const counts = discrepancies.groupby('kind').count().objects() as { kind: string; count: number }[];
  await expect(page.locator('[data-testid="kind-chips"] [data-kind]')).toHaveCount(counts.length + 1);
  await expect(page.locator('[data-testid="kind-chips"] [data-kind=""]')).toHaveAttribute('data-count', String(discrepancies.numRows()));
  for (const c of counts) await expect(page.locator(`[data-testid="kind-chips"] [data-kind="${c.kind}"]`)).toHaveAttribute('data-count', String(c.count));
});

test('?model=14 shows exactly model 14’s rows', async ({ page }) => {
  await open(page, '#/quality?model=14');
  const expected = rows.filter((r) => r.model_no === '14');
  expect(expected.length).toBeGreaterThan(0);
  await expect(tableRows(page)).toHaveCount(expected.length);
  await expect(page.locator('[data-testid="discrepancy-table"] tbody tr:not([data-model="14"])')).toHaveCount(0);
});

test('the model view’s link opens the quality view filtered to that model', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await page.locator('main a[href*="#/quality?"][href*="model=13"]').click();
  await expect(page).toHaveURL(/#\/quality\?model=13/);
  await expect(tableRows(page)).toHaveCount(rows.filter((r) => r.model_no === '13').length);
});

test('kind and province filters from the URL, and a click on a kind chip', async ({ page }) => {
  await open(page, '#/quality?province=VN-31');
  await expect(tableRows(page)).toHaveCount(rows.filter((r) => r.province_code === 'VN-31').length);
  await page.locator('[data-testid="kind-chips"] [data-kind="group_count"]').click();
  await expect(page).toHaveURL(/kind=group_count/);
  await expect(tableRows(page)).toHaveCount(rows.filter((r) => r.province_code === 'VN-31' && r.kind === 'group_count').length);
  await open(page, '#/quality?kind=stated_vs_listed');
  await expect(tableRows(page)).toHaveCount(rows.filter((r) => r.kind === 'stated_vs_listed').length);
});

test('the CSV holds exactly the rows shown, with the columns of discrepancies.csv and a BOM', async ({ page }) => {
  await open(page, '#/quality?model=14');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-csv"]').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = aq.fromCSV(text.slice(1), { parse: { model_no: String, stated: String, counted: String } });
  expect(csv.numRows()).toBe(rows.filter((r) => r.model_no === '14').length);
  expect(csv.columnNames()).toEqual(discrepancies.columnNames());
  expect((csv.objects() as { kind: string }[]).map((r) => r.kind)).toEqual(rows.filter((r) => r.model_no === '14').map((r) => r.kind));
});

test('coverage cells per status and basis equal Arquero’s counts of coverage.csv', async ({ page }) => {
  await open(page, '#/quality');
  const counts = loadTable('coverage.csv').groupby('status', 'basis').count().objects() as { status: string; basis: string; count: number }[];
  await expect(page.locator('[data-testid="coverage-basis"] tbody tr')).toHaveCount(counts.length);
  for (const c of counts) {
    await expect(page.locator(`[data-testid="coverage-basis"] tr[data-status="${c.status}"][data-basis="${c.basis}"]`)).toHaveAttribute('data-cells', String(c.count));
  }
});

test('English with ?lang=en: headings and details in English', async ({ page }) => {
  await open(page, '#/quality?lang=en');
  await expect(page.locator('h1')).toHaveText('Data quality');
  await expect(page.locator('h2', { hasText: 'Discrepancies in the sources' })).toBeVisible();
  await expect(page.locator('h2', { hasText: 'Coverage statuses and their basis' })).toBeVisible();
  await expect(tableRows(page).first().locator('td').nth(4)).toHaveText(rows[0]!.detail);
});
