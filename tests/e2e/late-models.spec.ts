/**
 * Bình Định's models past their deadline on its page, its brief and the wall, and the list moving
 * when a tracking sheet with later statuses is uploaded. The expected list is the hand reading of
 * reports 003 and 004 (the lines are cited in tests/unit/data/late-models.test.ts), written here.
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, openData, utf8 } from './upload-helpers.ts';

// [model, lead agency, deadline phrase, status label, overdue] as of 15 November 2024, longest overdue first.
const LATE: [string, string, string, string, string][] = [
  ['19', 'Sở Giao thông vận tải', 'Năm 2023', 'Chờ hướng dẫn của Trung ương', '10 tháng 15 ngày'],
  ['18', 'Công an tỉnh', 'Quý I/2024', 'Đang triển khai', '7 tháng 15 ngày'],
  ['37', 'Sở Lao động - Thương binh và Xã hội', 'Quý I/2024', 'Đang triển khai', '7 tháng 15 ngày'],
  ['38', 'Cục Thống kê tỉnh', 'Quý I/2024', 'Đang triển khai', '7 tháng 15 ngày'],
  ['39', 'Sở Lao động - Thương binh và Xã hội', 'Quý I/2024', 'Đang triển khai', '7 tháng 15 ngày'],
  ['35', 'Sở Tài Nguyên và Môi trường', 'Quý II/2024', 'Đang triển khai', '4 tháng 15 ngày'],
  ['3', 'Văn phòng Ủy ban nhân dân tỉnh', 'Quý III/2024', 'Đang triển khai', '1 tháng 15 ngày'],
];
const LATE_MODELS = LATE.map(([no]) => no);

const lateRows = (page: Page, scope = '') => page.locator(`${scope} [data-testid="late-models"] [data-model]`);
const modelsShown = (page: Page, scope = ''): Promise<string[]> => lateRows(page, scope).evaluateAll((els) => els.map((e) => e.getAttribute('data-model') ?? ''));

test('Bình Định’s page lists its seven late models with lead agency, deadline, status and how long; the CSV holds the same rows', async ({ page }) => {
  await page.goto('#/province/VN-31');
  await waitForDashboardReady(page);
  await expect(lateRows(page)).toHaveCount(LATE.length);
  expect(await modelsShown(page)).toEqual(LATE_MODELS);
  for (const [no, lead, deadline, status, overdue] of LATE) {
    const row = page.locator(`[data-testid="late-models"] [data-model="${no}"]`);
    for (const text of [lead, deadline, status, overdue]) await expect(row).toContainText(text);
  }
  const section = page.locator('[data-testid="late-section"]');
  // The two reports, by the names people know them by (their files on hover).
  await expect(section.locator('.source-note')).toHaveAttribute('data-sources', '003_56915f187a0eb783.txt 004_edef7e0e54b6ea23.txt');
  await expect(section.locator('.source-note')).toContainText('Báo cáo của tỉnh Bình Định');
  await expect(section.locator('.source-note')).toContainText('15 tháng 11, 2024');
  const [download] = await Promise.all([page.waitForEvent('download'), section.locator('[data-testid="download-csv"]').click()]);
  const csv = aq.fromCSV(readFileSync((await download.path())!, 'utf8').slice(1), { parse: { model_no: String, days_overdue: String } });
  expect(csv.array('model_no')).toEqual(LATE_MODELS);
  expect(csv.array('days_overdue')).toEqual(['320', '229', '229', '229', '229', '138', '46']);
});

test('in English the overdue reads in months and days', async ({ page }) => {
  await page.goto('#/province/VN-31?lang=en');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="late-models"] [data-model="19"]')).toContainText('10 months 15 days');
  await expect(page.locator('[data-testid="late-models"] [data-model="3"]')).toContainText('1 month 15 days');
});

test('a province without a report of its own has no late section', async ({ page }) => {
  await page.goto('#/province/VN-HN');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="hanoi-models"]')).toBeVisible();
  await expect(page.locator('[data-testid="late-section"]')).toHaveCount(0);
});

test('the brief of Bình Định lists the late models and stays one A4 sheet, nothing cut', async ({ page }) => {
  await page.goto('#/brief/province/VN-31');
  await page.locator('[data-brief-ready]').waitFor({ timeout: 30_000 });
  expect(await modelsShown(page, '.brief-page')).toEqual(LATE_MODELS);
  await expect(page.locator('.brief-page [data-testid="late-models"] [data-model="19"]')).toContainText('10 tháng 15 ngày');
  // Nothing overflows the sheet or its side column (which would hide it).
  const fits = await page.evaluate(() => {
    const sheet = document.querySelector('.brief-page')!.getBoundingClientRect();
    const inside = [...document.querySelectorAll('.brief-page [data-testid="late-models"] tr, .brief-causes li')]
      .every((el) => el.getBoundingClientRect().bottom <= sheet.bottom + 0.5);
    const side = document.querySelector('.brief-side') as HTMLElement;
    return { inside, side: side.scrollHeight <= side.clientHeight + 1 };
  });
  expect(fits).toEqual({ inside: true, side: true });
});

test('the wall of Bình Định shows its late models; a province with none skips the scene rather than show it empty', async ({ page }) => {
  await page.goto('#/wall?province=VN-31&interval=3600&refresh=3600&scenes=late,national,province');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-scene]')).toHaveAttribute('data-scene', 'late-VN-31');
  await expect(lateRows(page, '[data-scene]')).toHaveCount(LATE.length);
  expect(await modelsShown(page, '[data-scene]')).toEqual(LATE_MODELS);
  await page.goto('#/wall?province=VN-HN&interval=3600&refresh=3600&scenes=late,national,province');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-scene]')).toHaveAttribute('data-scene', 'national');
});

test('a tracking sheet with later statuses, applied in the Data view, moves the late list on the page', async ({ page }) => {
  // Made for this test, never shipped: Bình Định's rows as of 31 March 2025, models 3 and 18 now
  // completed, model 44's deadline reworded "Quý IV/2024"; no deadline_date or deadline_kind columns.
  const report = (loadTable('province_models.csv').objects() as Record<string, string | null>[]).filter((r) => r.province_code === 'VN-31');
  const columns = ['province_code', 'model_no', 'local_no', 'status', 'lead_agency', 'deadline', 'as_of'];
  const cell = (v: string | null | undefined): string => `"${(v ?? '').replace(/"/g, '""')}"`;
  const sheet = [columns.join(','), ...report.map((r) => columns.map((c) => cell(
    c === 'as_of' ? '2025-03-31' : c === 'status' && (r.model_no === '3' || r.model_no === '18') ? 'completed'
      : c === 'deadline' && r.model_no === '44' ? 'Quý IV/2024' : r[c],
  )).join(','))].join('\n');
  await openData(page);
  await choose(page, 'theo-doi-2025-03.csv', utf8(sheet));
  await expect(page.locator('[data-testid="upload-preview"][data-table="province_models"]')).toBeVisible({ timeout: 30_000 });
  await page.locator('[data-testid="apply-upload"]').click();
  await expect(page.locator('[data-testid="upload-applied"]')).toBeVisible({ timeout: 30_000 });
  await page.goto('#/province/VN-31');
  await waitForDashboardReady(page);
  // As of 31 March 2025 every dated deadline has passed: late unless completed (3 and 18 now are), and 44 is due.
  await expect(lateRows(page)).toHaveCount(6);
  expect(await modelsShown(page)).toEqual(['19', '37', '38', '39', '35', '44']);
  await expect(page.locator('[data-testid="late-models"] [data-model="44"]')).toContainText('Quý IV/2024');
  await expect(page.locator('[data-testid="late-models"] [data-model="44"]')).toContainText('3 tháng');
});
