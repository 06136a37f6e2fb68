/**
 * Issue 6: bad and messy files. For each file of the corpus (tests/fixtures/uploads/) and the
 * generated ones (a 200 MB file, zip bombs): the expected message, every problem at once in a
 * role="alert", and the data on screen unchanged afterwards.
 */
import { mkdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { UPLOAD } from '../../src/views/data/upload-messages.ts';
import { zipBomb } from '../fixtures/uploads/make-files.ts';
import { expect, test } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, mapStatuses, openData, shownRowCounts } from './upload-helpers.ts';

const CORPUS = resolve(import.meta.dirname, '../fixtures/uploads');
const corpus = (file: string): Uint8Array => new Uint8Array(readFileSync(resolve(CORPUS, file)));
const alert = (page: Page) => page.locator('[data-testid="upload-problems"][role="alert"]');

/** Uploads a file, checks the alert says each of `expected`, and that nothing on screen changed. */
async function refused(page: Page, name: string, content: Uint8Array | string, expected: readonly string[], problems?: number): Promise<void> {
  await openData(page);
  const before = await shownRowCounts(page);
  await choose(page, name, content);
  await expect(alert(page)).toBeVisible({ timeout: 30_000 });
  for (const text of expected) await expect(alert(page)).toContainText(text);
  if (problems !== undefined) await expect(alert(page).locator('li')).toHaveCount(problems);
  await expect(page.locator('[data-testid="apply-upload"]')).toHaveCount(0);
  expect(await shownRowCounts(page)).toEqual(before);
  await expect(page.locator('[data-testid="no-uploads"]')).toBeVisible();
}

test('wrong columns: names the table it resembles, the missing column and the unknown one it most likely is', async ({ page }) => {
  await refused(page, 'wrong-columns.csv', corpus('wrong-columns.csv'), [
    'wrong-columns.csv · dòng 1 · cột “status” — Thiếu cột bắt buộc của bảng coverage.',
    'wrong-columns.csv · dòng 1 · cột “state” — Bảng coverage không có cột này. Có phải là cột “status”?',
  ], 2);
});

test('unknown province: row, column, value and a “did you mean”, for every such row at once', async ({ page }) => {
  await refused(page, 'unknown-province.csv', corpus('unknown-province.csv'), [
    'unknown-province.csv · dòng 3 · cột “province_code” · giá trị “Bình Địnhh” — Không nhận ra tỉnh, thành phố này. Có phải “Bình Định (VN-31)”?',
    'unknown-province.csv · dòng 5 · cột “province_code” · giá trị “Atlantis” — Không nhận ra tỉnh, thành phố này.',
  ], 2);
});

/** Vietnamese UI strings of the upload that show on a page (other than inside lang="vi" text). */
async function vietnameseShown(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('[lang="vi"]')) el.remove();
    return clone.innerText;
  });
  const vi = Object.entries(UPLOAD.vi).filter(([k, v]) => typeof v === 'string' && v.length >= 4 && v !== (UPLOAD.en as Record<string, unknown>)[k]);
  return vi.map(([, v]) => String(v)).filter((v) => text.includes(v));
}

test('the same problems in English with ?lang=en, and a preview with no Vietnamese UI text', async ({ page }) => {
  await openData(page, 'en');
  await choose(page, 'unknown-province.csv', corpus('unknown-province.csv'));
  await expect(alert(page)).toContainText('unknown-province.csv: 2 problems. Nothing was changed.');
  await expect(alert(page)).toContainText('unknown-province.csv · row 3 · column “province_code” · value “Bình Địnhh” — Unknown province. Did you mean “Binh Dinh (VN-31)”?');
  expect(await vietnameseShown(page)).toEqual([]);
  await choose(page, 'messy-coverage.csv', corpus('messy-coverage.csv'));
  await expect(page.locator('[data-testid="upload-notes"]')).toContainText('province names read as province codes', { timeout: 30_000 });
  expect(await vietnameseShown(page)).toEqual([]);
});

test('duplicate keys: the repeat names the first row', async ({ page }) => {
  await refused(page, 'duplicate-keys.csv', corpus('duplicate-keys.csv'), ['dòng 4 · cột “model_no, province_code” · giá trị “13, VN-31” — Trùng khoá với dòng 2'], 1);
});

test('several kinds of problem in one file are all listed', async ({ page }) => {
  await refused(page, 'many-problems.csv', corpus('many-problems.csv'), [
    'many-problems.csv: 4 lỗi. Dữ liệu chưa bị thay đổi.', 'dòng 2 · cột “model_no” · giá trị “45” — Số thứ tự mô hình phải trong khoảng 1–44.',
    'dòng 3 · cột “status” · giá trị “maybe”', 'dòng 4 · cột “model_no” · giá trị “mười” — Không phải số nguyên.', 'dòng 5 · cột “status” · ô trống — Ô bắt buộc nhưng bị trống.',
  ], 4);
});

test('an empty file', async ({ page }) => {
  await refused(page, 'empty.csv', corpus('empty.csv'), ['empty.csv — Tệp trống: không có dòng nào.'], 1);
});

test('only a header', async ({ page }) => {
  await refused(page, 'header-only.csv', corpus('header-only.csv'), ['header-only.csv · dòng 1 — Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.'], 1);
});

test('a 200 MB file is refused by its size, before it is read', async ({ page }) => {
  const dir = resolve(import.meta.dirname, '../../test-results/tmp');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, 'coverage-200mb.csv');
  const fd = openSync(path, 'w');
  const block = Buffer.from('model_no,province_code,status\n'.padEnd(1024 * 1024, '1,VN-31,deployed\n'));
  for (let i = 0; i < 200; i++) writeSync(fd, block);
  closeSync(fd);
  await refused(page, 'coverage-200mb.csv', path, ['coverage-200mb.csv — Tệp nặng 200 MB, vượt giới hạn 100 MB.'], 1);
  writeFileSync(path, '');
});

test('a zip bomb XLSX (honest headers) is refused before it is unpacked', async ({ page }) => {
  await refused(page, 'bomb.xlsx', zipBomb(201, false), ['bomb.xlsx — Tệp XLSX khi giải nén sẽ vượt giới hạn 200 MB (có thể là “bom zip”)'], 1);
});

test('a zip bomb XLSX whose headers lie is stopped while unpacking', async ({ page }) => {
  await refused(page, 'lying-bomb.xlsx', zipBomb(64, true), ['lying-bomb.xlsx — Tệp XLSX khi giải nén sẽ vượt giới hạn'], 1);
});

test('Windows-1258 text is detected (and can be overridden); nothing changes until applied', async ({ page }) => {
  await openData(page);
  const before = await shownRowCounts(page);
  await choose(page, 'province-models-1258.csv', corpus('province-models-1258.csv'));
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-encoding"]')).toHaveValue('windows-1258');
  await expect(page.locator('[data-testid="upload-encoding"] option:checked')).toHaveText('WINDOWS-1258 (tự nhận)');
  // Decoded right, the sheet's 12 Bình Định models equal the loaded ones; its province's other 30 rows would go.
  await expect(page.locator('[data-testid="preview-unchanged"] .kpi-value')).toHaveText('12');
  await expect(page.locator('[data-testid="preview-removed"] .kpi-value')).toHaveText('30');
  // Read as Windows-1252 instead, the Vietnamese letters break and "Bình Định" is no province any more.
  await page.locator('[data-testid="upload-encoding"]').selectOption('windows-1252');
  await expect(alert(page)).toContainText('Không nhận ra tỉnh, thành phố này.');
  await page.locator('[data-testid="upload-encoding"]').selectOption('windows-1258');
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible();
  await page.locator('[data-testid="cancel-upload"]').click();
  expect(await shownRowCounts(page)).toEqual(before);
});

test('a <script> cell shows as text, never runs, and changes nothing until applied', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await openData(page);
  const before = await shownRowCounts(page);
  await choose(page, 'script-cell.csv', corpus('script-cell.csv'));
  const preview = page.locator('[data-testid="upload-preview"]');
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-notes"]')).toContainText('1 ô có nội dung giống mã HTML: giữ nguyên và chỉ hiển thị dưới dạng văn bản.');
  await expect(page.locator('[data-testid="upload-changes"]').getByText('<script>alert("xss")</script>')).toBeVisible();
  await expect(page.locator('script', { hasText: 'xss' })).toHaveCount(0);
  await page.locator('[data-testid="cancel-upload"]').click();
  expect(await shownRowCounts(page)).toEqual(before);
});

test('a =HYPERLINK(...) cell is kept as text and flagged; nothing changes until applied', async ({ page }) => {
  await openData(page);
  const before = await shownRowCounts(page);
  await choose(page, 'hyperlink-cell.csv', corpus('hyperlink-cell.csv'));
  await expect(page.locator('[data-testid="upload-notes"]')).toContainText('1 ô bắt đầu bằng =, +, - hoặc @', { timeout: 30_000 });
  await expect(page.locator('[data-testid="upload-changes"]').getByText('=HYPERLINK("http://example.invalid/","Bấm vào đây")')).toBeVisible();
  await expect(page.locator('a[href^="http://example.invalid"]')).toHaveCount(0);
  await page.locator('[data-testid="cancel-upload"]').click();
  expect(await shownRowCounts(page)).toEqual(before);
  // And the views still show the bundled figures.
  await page.goto('#/model/13');
  const bundled = (loadTable('coverage.csv').objects() as { model_no: string; province_code: string; status: string }[]).filter((r) => r.model_no === '13');
  expect(await mapStatuses(page)).toEqual(Object.fromEntries(bundled.map((r) => [r.province_code, r.status])));
});
