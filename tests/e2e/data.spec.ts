/**
 * The data view against the committed CSVs, read by Arquero: a row per file of data/ with its row
 * count, the sources its rows cite, and a download that reads back as the same table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

// The tables are the CSV files of data/ (listed from the folder, not from the app's schema).
const FILES = readdirSync(resolve(import.meta.dirname, '../../data')).filter((f) => f.endsWith('.csv')).sort();
const nameOf = (file: string): string => file.replace(/\.csv$/, '');
const row = (page: Page, file: string) => page.locator(`[data-testid="dataset-table"] tbody tr[data-table="${nameOf(file)}"]`);

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="dataset-table"]')).toBeVisible();
}

test('a row per table with Arquero’s row count and the source files its rows cite', async ({ page }) => {
  await open(page, '#/data');
  await expect(page.locator('[data-testid="dataset-table"] tbody tr')).toHaveCount(FILES.length);
  for (const file of FILES) {
    const t = loadTable(file);
    await expect(row(page, file).locator('[data-testid="table-row-count"]'), file).toHaveText(new Intl.NumberFormat('vi-VN').format(t.numRows()));
    if (t.columnNames().includes('source')) {
      const cited = [...new Set((t.array('source') as (string | null)[]).filter((s): s is string => Boolean(s)))].sort();
      const shown = await row(page, file).locator('[data-source]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source')).filter(Boolean));
      expect(shown.sort(), file).toEqual(cited);
    }
  }
});

// One test per table: Chromium stops a page's downloads after the tenth, so each table gets a fresh page.
for (const file of FILES) {
  test(`${file} downloads whole: a BOM, its columns, and Arquero’s number of rows`, async ({ page }) => {
    await open(page, '#/data');
    const expected = loadTable(file);
    const button = row(page, file).locator('[data-testid="download-csv"]');
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parse = Object.fromEntries(expected.columnNames().map((c) => [c, (v: string) => v]));
    const got = aq.fromCSV(text.slice(1), { parse });
    expect(got.columnNames()).toEqual(expected.columnNames());
    expect(got.numRows()).toBe(expected.numRows());
  });
}

test('the five sources with their titles and as-of dates', async ({ page }) => {
  await open(page, '#/data');
  const sources = loadTable('sources.csv').objects() as { source: string; title_vi: string; title_en: string }[];
  await expect(page.locator('[data-testid="sources-table"] tbody tr')).toHaveCount(sources.length);
  for (const s of sources) await expect(page.locator(`[data-testid="sources-table"] tr[data-source="${s.source}"]`)).toContainText(s.title_vi);
  await open(page, '#/data?lang=en');
  for (const s of sources) await expect(page.locator(`[data-testid="sources-table"] tr[data-source="${s.source}"]`)).toContainText(s.title_en);
});

test('English with ?lang=en: headings in English', async ({ page }) => {
  await open(page, '#/data?lang=en');
  await expect(page.locator('h1')).toHaveText('Data');
  await expect(page.locator('h2', { hasText: 'Data tables' })).toBeVisible();
  await expect(page.locator('h2', { hasText: 'Source reports' })).toBeVisible();
  await expect(row(page, 'coverage.csv').locator('[data-testid="table-row-count"]')).toHaveText(new Intl.NumberFormat('en-GB').format(loadTable('coverage.csv').numRows()));
});
