/**
 * The XLSX downloads, in the built app under its CSP and offline (the fixtures fail a test on any
 * console error or outside request): the rows of the CSV, with labels people read, typed cells, a
 * frozen and filtered header; the writer loaded only when a download is asked for.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import * as aq from 'arquero';
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

// The labels of the three statuses as the page shows them (read off the legend by hand), back to their codes.
const STATUS_CODES: Record<string, Record<string, string>> = {
  vi: { 'Đã triển khai': 'deployed', 'Chưa triển khai': 'not_deployed', 'Chưa rõ (không có trong báo cáo)': 'unknown' },
  en: { Deployed: 'deployed', 'Not deployed': 'not_deployed', 'Not reported (unknown)': 'unknown' },
};

async function downloadXlsx(page: Page, scope: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${scope} [data-testid="download-xlsx"]`).first().click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const coverageCard = '.card:has([data-testid="coverage-table"])';

for (const lang of ['vi', 'en'] as const) {
  test(`the XLSX of model 13's map (${lang}): 63 rows, the statuses of the map's shapes, as labels`, async ({ page }) => {
    await page.goto(lang === 'en' ? '#/model/13?lang=en' : '#/model/13');
    await waitForDashboardReady(page);
    const shapes = page.locator('[data-testid="province-map"] [data-province][data-status]:not([data-archipelago])');
    await expect(shapes).toHaveCount(63);
    const onMap = Object.fromEntries(await shapes.evaluateAll((els) => els.map((e) => [e.getAttribute('data-province'), e.getAttribute('data-status')])));

    const { name, bytes } = await downloadXlsx(page, coverageCard);
    expect(name).toMatch(/^de-an-06_mo-hinh-13-ban-do_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const [sheet] = await readXlsxFile(bytes);
    const [header, ...rows] = sheet!.data;
    expect(rows).toHaveLength(63);
    const col = (label: string): number => header!.indexOf(label);
    const [code, status, asOf, modelNo] = lang === 'en'
      ? [col('Province code (ISO 3166-2)'), col('Rollout status'), col('Figures as of'), col('Model no.')]
      : [col('Mã tỉnh (ISO 3166-2)'), col('Tình trạng triển khai'), col('Số liệu tính đến'), col('Mô hình số')];
    expect([code, status, asOf, modelNo].every((i) => i >= 0), String(header)).toBe(true);
    const inFile = Object.fromEntries(rows.map((r) => [r[code], STATUS_CODES[lang]![String(r[status])] ?? `label? ${String(r[status])}`]));
    expect(inFile).toEqual(onMap);
    // Typed cells: the model's number a number, the as-of date a date (that of coverage.csv).
    const expectedAsOf = (loadTable('coverage.csv').objects() as { model_no: string; as_of: string }[]).find((r) => r.model_no === '13')?.as_of;
    expect(rows.every((r) => r[modelNo] === 13)).toBe(true);
    expect(rows.every((r) => r[asOf] instanceof Date && (r[asOf] as Date).toISOString().slice(0, 10) === expectedAsOf)).toBe(true);
  });
}

test('the XLSX has a frozen header row, an autofilter over its rows and widths that fit', async ({ page }) => {
  await page.goto('#/model/13?status=deployed');
  await waitForDashboardReady(page);
  const shown = (loadTable('coverage.csv').objects() as { model_no: string; status: string }[]).filter((r) => r.model_no === '13' && r.status === 'deployed').length;
  await expect(page.locator('[data-testid="coverage-table"] tbody tr')).toHaveCount(shown);
  const { bytes } = await downloadXlsx(page, coverageCard);
  const files = unzipSync(new Uint8Array(bytes));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
  expect(sheet).toContain(`<autoFilter ref="A1:I${shown + 1}"/>`);
  const widths = [...sheet.matchAll(/<col [^>]*width="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
  expect(widths).toHaveLength(9);
  expect(widths.every((w) => w >= 8 && w <= 60)).toBe(true);
  // The province's name is as wide as its longest name, not a fixed guess.
  const longest = Math.max(...(await page.locator('[data-testid="coverage-table"] tbody tr td:first-child').allInnerTexts()).map((t) => t.length));
  expect(widths[2]).toBeGreaterThanOrEqual(longest);
});

test('the XLSX writer is not loaded for the first screen, only when a download is asked for', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="coverage-table"] tbody tr')).toHaveCount(63);
  const before = scripts.length;
  expect(scripts.filter((s) => /xlsx-export/.test(s))).toEqual([]);
  await downloadXlsx(page, coverageCard);
  expect(scripts.slice(before).filter((s) => /xlsx-export/.test(s))).toHaveLength(1);
});

test("the overview's ranking downloads as CSV and XLSX, in the ranking's order", async ({ page }) => {
  await page.goto('#/?lang=en');
  await waitForDashboardReady(page);
  const card = '.card:has([data-testid="ranking-chart"])';
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator(`${card} [data-testid="download-csv"]`).click()]);
  const rows = aq.fromCSV(readFileSync((await csv.path())!, 'utf8').slice(1));
  expect(rows.columnNames()).toEqual(['province_code', 'name_vi', 'name_en', 'deployed', 'not_deployed', 'unknown', 'models']);
  const deployed = rows.array('deployed') as number[];
  expect(deployed).toHaveLength(loadTable('provinces.csv').numRows());
  expect(deployed).toEqual([...deployed].sort((a, b) => b - a));
  const { bytes } = await downloadXlsx(page, card);
  const [sheet] = await readXlsxFile(bytes);
  expect(sheet!.data[0]).toEqual(['Province code (ISO 3166-2)', 'Name in Vietnamese', 'Name in English', 'Deployed', 'Not deployed', 'Not reported (unknown)', 'Models counted']);
  expect(sheet!.data.slice(1).map((r) => r[3])).toEqual(deployed);
});
