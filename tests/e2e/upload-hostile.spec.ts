/**
 * Issue 16: hostile files in the browser, where the worker, the screen or the CSP matter: a
 * crafted workbook that used to crash the tab, a worker that dies mid-read, a binary file offered
 * no encoding, a file that would empty a table, and names carrying bidi controls.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { worksheet, xlsxOfSheetXml } from '../fixtures/uploads/make-files.ts';
import { expect, test } from './fixtures.ts';
import { choose, openData, shownRowCounts, utf8 } from './upload-helpers.ts';

const alert = (page: Page) => page.locator('[data-testid="upload-problems"][role="alert"]');

test('the 1.5 KB workbook with one cell at XFD1048576 is refused, and the tab lives on', async ({ page }) => {
  let crashed = false;
  page.on('crash', () => { crashed = true; });
  await openData(page);
  const before = await shownRowCounts(page);
  const bytes = xlsxOfSheetXml({ Sheet1: worksheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', 'A1:XFD1048576') });
  await choose(page, 'far-cell.xlsx', bytes);
  await expect(alert(page)).toContainText('Trang tính “Sheet1” trải tới ô XFD1048576 (1.048.576 dòng × 16.384 cột), vượt giới hạn 20.000.000 ô.', { timeout: 30_000 });
  expect(crashed).toBe(false);
  expect(await shownRowCounts(page)).toEqual(before);
});

test('a worker that dies while reading: a clear message, the data in use untouched, and the next file reads', async ({ page }) => {
  await openData(page);
  const before = await shownRowCounts(page);
  let first = true;
  page.on('worker', (worker) => {
    if (!worker.url().includes('upload') || !first) return;
    first = false;
    // Once it holds its life lock (it is working), the worker is ended from inside, without a word to the page.
    void expect.poll(() => worker.evaluate(async () => (await navigator.locks.query()).held?.some((l) => l.name === self.name) ?? false)).toBe(true)
      .then(() => worker.evaluate(() => self.close()))
      .catch(() => undefined);
  });
  await choose(page, 'coverage.csv', utf8('model_no,province_code,status\n13,VN-31,deployed\n'));
  await expect(page.locator('[data-testid="upload-read-failed"]')).toContainText('Bộ đọc tệp đã dừng giữa chừng khi đọc coverage.csv', { timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-read-failed"]')).toContainText('Dữ liệu đang dùng vẫn như cũ.');
  expect(await shownRowCounts(page)).toEqual(before);
  await expect(page.locator('[data-testid="no-uploads"]')).toBeVisible();
  await choose(page, 'coverage.csv', utf8('model_no,province_code,status\n13,VN-31,deployed\n'));
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
});

test('a PNG renamed .csv is named as an image, with no encoding to choose', async ({ page }) => {
  await openData(page);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  await choose(page, 'coverage.csv', png);
  await expect(alert(page)).toContainText('coverage.csv — Đây là ảnh PNG, không phải tệp văn bản CSV/TSV hay bảng tính XLSX.', { timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-encoding"]')).toHaveCount(0);
});

test('a coverage file keeping 63 of the 2,772 rows asks for a confirmation before Apply', async ({ page }) => {
  const bundled = readFileSync(resolve(import.meta.dirname, '../../data/coverage.csv'), 'utf8').split('\n');
  const oneModel = [bundled[0], ...bundled.slice(1).filter((l) => l.startsWith('1,'))].join('\n');
  await openData(page);
  await choose(page, 'coverage.csv', utf8(`${oneModel}\n`));
  const loss = page.locator('[data-testid="mass-removal"]');
  await expect(loss).toContainText('Tệp này sẽ xoá 2.709 trong 2.772 dòng của bảng coverage (98 %); bảng chỉ còn 63 dòng.', { timeout: 30_000 });
  const apply = page.locator('[data-testid="apply-upload"]');
  await expect(apply).toBeDisabled();
  await page.locator('[data-testid="confirm-removal"]').check();
  await expect(apply).toBeEnabled();
  await page.locator('[data-testid="cancel-upload"]').click();
  await expect(page.locator('[data-testid="no-uploads"]')).toBeVisible();
});
