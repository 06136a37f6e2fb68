/**
 * Issue 6: good files. A messy coverage file and a province's XLSX tracking sheet are previewed,
 * applied, shown by the views (checked against Arquero on the same file), kept over a reload and
 * over the wall's refresh, undone, and the bundled data restored; a download uploads back as itself.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import type { Page } from '@playwright/test';
import { xlsxOf, type XlsxCell } from '../fixtures/uploads/make-files.ts';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';
import { choose, mapStatuses, openData, sha256, shownRowCounts, utf8 } from './upload-helpers.ts';

type Row = Record<string, string>;
const asText = (t: aq.ColumnTable): Row[] => t.objects() as Row[];
const coverage = asText(loadTable('coverage.csv'));
const provinces = asText(loadTable('provinces.csv'));
const nameOf = new Map(provinces.map((p) => [p.province_code, p.name_vi]));
const codeOfName = new Map(provinces.map((p) => [p.name_vi, p.province_code]));
const LABELS: Record<string, string> = { 'Đã triển khai': 'deployed', 'Chưa triển khai': 'not_deployed' };

// Model 13 with three provinces turned to deployed and two to not deployed, written as a user's
// spreadsheet would: BOM, semicolons, CRLF, province names with a trailing space, status labels.
const m13 = coverage.filter((r) => r.model_no === '13');
const toDeployed = m13.filter((r) => r.status !== 'deployed').slice(0, 3).map((r) => r.province_code ?? '');
const toNotDeployed = m13.filter((r) => r.status === 'deployed').slice(0, 2).map((r) => r.province_code ?? '');
const header = Object.keys(coverage[0] ?? {});
const messy = `\uFEFF${[header.join(';'), ...coverage.map((r) => {
  const flip = r.model_no === '13' && (toDeployed.includes(r.province_code ?? '') || toNotDeployed.includes(r.province_code ?? ''));
  if (!flip) return header.map((c) => r[c] ?? '').join(';');
  const status = toDeployed.includes(r.province_code ?? '') ? 'Đã triển khai' : 'Chưa triển khai';
  return header.map((c) => (c === 'province_code' ? `${nameOf.get(r.province_code ?? '')} ` : c === 'status' ? status : (r[c] ?? ''))).join(';');
})].join('\r\n')}\r\n`;
const messyBytes = utf8(messy);

/** Model 13's status by province, read by Arquero from the messy file (names and labels mapped by hand). */
function expectedModel13(): Record<string, string> {
  const rows = asText(aq.fromCSV(messy.slice(1), { delimiter: ';', parse: Object.fromEntries(header.map((c) => [c, (v: string) => v])) }));
  return Object.fromEntries(rows.filter((r) => r.model_no === '13').map((r) => {
    const p = (r.province_code ?? '').trim();
    return [codeOfName.get(p) ?? p, LABELS[r.status ?? ''] ?? r.status ?? ''];
  }));
}

async function applyShown(page: Page): Promise<void> {
  await page.locator('[data-testid="apply-upload"]').click();
  await expect(page.locator('[data-testid="upload-applied"]')).toBeVisible({ timeout: 30_000 });
}

test('a messy coverage file: preview of who changes status, apply, every view updated, kept over a reload and the wall’s refresh, undone', async ({ page }) => {
  const expected = expectedModel13();
  const bundled = Object.fromEntries(m13.map((r) => [r.province_code, r.status]));
  await openData(page);
  await choose(page, 'bao-cao-quy.csv', messyBytes);
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="preview-changed"] .kpi-value')).toHaveText('5');
  await expect(page.locator('[data-testid="preview-added"] .kpi-value')).toHaveText('0');
  await expect(page.locator('[data-testid="preview-removed"] .kpi-value')).toHaveText('0');
  const changes = page.locator('[data-testid="coverage-changes"] li[data-province]');
  await expect(changes).toHaveCount(5);
  for (const code of [...toDeployed, ...toNotDeployed]) {
    await expect(page.locator(`[data-testid="coverage-changes"] tr[data-model="13"] li[data-province="${code}"]`)).toHaveAttribute('data-after', expected[code] ?? '');
    await expect(page.locator(`[data-testid="coverage-change-map"] path[data-province="${code}"]`)).toHaveAttribute('data-status', `to-${expected[code]}`);
  }
  // Nothing has changed yet.
  await page.goto('#/model/13');
  expect(await mapStatuses(page)).toEqual(bundled);

  await openData(page);
  await choose(page, 'bao-cao-quy.csv', messyBytes);
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
  await applyShown(page);
  // The upload is an edition beside the bundled one, and the current one; the bundled edition stays listed.
  const listed = page.locator('[data-testid="edition"][data-table="coverage"][data-origin="upload"]');
  await expect(listed.locator('[data-testid="edition-file"]')).toHaveText('bao-cao-quy.csv');
  await expect(listed).toHaveAttribute('data-current', 'true');
  await expect(listed.locator('td.num')).toHaveText(new Intl.NumberFormat('vi-VN').format(coverage.length));
  await expect(listed.locator('code.hash')).toHaveAttribute('title', sha256(messyBytes));
  await expect(page.locator('[data-testid="edition"][data-table="coverage"][data-origin="bundled"]')).toBeVisible();
  await expect(page.locator('[data-testid="dataset-table"] tr[data-table="coverage"] [data-testid="uploaded-badge"]')).toBeVisible();

  await page.goto('#/model/13');
  expect(await mapStatuses(page)).toEqual(expected);
  const deployed = Object.values(expected).filter((s) => s === 'deployed').length;
  await expect(page.locator('[data-testid="kpi-deployed"] .kpi-value')).toHaveText(String(deployed));

  // A reload starts from what this browser stored.
  await page.reload();
  await waitForDashboardReady(page);
  expect(await mapStatuses(page)).toEqual(expected);

  // The wall's refresh reloads changed server files, but never puts the bundled coverage over the upload.
  let refreshes = 0;
  page.on('request', (r) => { if (r.url().endsWith('/data/models.csv')) refreshes++; });
  await page.goto('#/wall?scenes=model-13&interval=3600&refresh=5');
  await waitForDashboardReady(page);
  await expect.poll(() => refreshes, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  expect(await mapStatuses(page)).toEqual(expected);

  await openData(page);
  // Undo says what it undoes.
  await expect(page.locator('[data-testid="undo-upload"]')).toContainText('bao-cao-quy.csv');
  await page.locator('[data-testid="undo-upload"]').click();
  await expect(page.locator('[data-testid="uploads-result"]')).toContainText('Đã hoàn tác: đã nạp bao-cao-quy.csv vào bảng coverage');
  await expect(page.locator('[data-testid="no-uploads"]')).toBeVisible();
  await page.goto('#/model/13');
  expect(await mapStatuses(page)).toEqual(bundled);
});

test('a province’s XLSX tracking sheet replaces that province’s report rows; its statuses show on the province page (worker and all, under the CSP)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const report = asText(loadTable('province_models.csv')).filter((r) => r.province_code === 'VN-31');
  const NEW: Record<string, string> = { 10: 'completed', 12: 'in_progress', 13: 'Đang triển khai' };
  const rows: XlsxCell[][] = [
    ['province_code', 'model_no', 'local_no', 'name_vi', 'status', 'lead_agency', 'deadline'],
    ...report.map((r) => [
      'Bình Định', String(r.model_no), Number(r.local_no), r.name_vi ?? '', NEW[r.model_no ?? ''] ?? r.status ?? '', r.lead_agency ?? '',
      r.model_no === '10' ? { date: '2025-12-31' } : (r.deadline ?? null),
    ]),
  ];
  const bytes = xlsxOf({ 'Theo dõi 2025': rows });
  await openData(page);
  await choose(page, 'theo-doi-binh-dinh.xlsx', bytes);
  await expect(page.locator('[data-testid="upload-preview"][data-table="province_models"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid="preview-changed"] .kpi-value')).toHaveText('3');
  await applyShown(page);
  await page.goto('#/province/VN-31');
  await waitForDashboardReady(page);
  // The oracle is the sheet itself: each row's status, the Vietnamese label read by hand as in_progress.
  const want = Object.fromEntries(rows.slice(1).map((r) => [String(r[1]), r[4] === 'Đang triển khai' ? 'in_progress' : String(r[4])]));
  await expect(page.locator('[data-testid="province-report-table"] tr[data-model]')).toHaveCount(44);
  const shown = await page.locator('[data-testid="province-report-table"] tr[data-model]').evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [
    tr.getAttribute('data-model') ?? '', tr.getAttribute('data-report-status') ?? '',
  ])));
  expect(Object.fromEntries(Object.keys(want).map((no) => [no, shown[no]]))).toEqual(want);
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});

test('restore bundled data always works, and can itself be undone; names from a file show as text after applying', async ({ page }) => {
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  const PAYLOAD = '<img src=x onerror=alert(1)> Mô hình "thử", có dấu phẩy';
  const models = readFileSync(new URL('../../data/models.csv', import.meta.url), 'utf8').replace('Triển khai 53 dịch vụ công thiết yếu', `"${PAYLOAD.replace(/"/g, '""')}"`);
  await openData(page);
  const before = await shownRowCounts(page);
  await choose(page, 'models.csv', utf8(models));
  await expect(page.locator('[data-testid="preview-changed"] .kpi-value')).toHaveText('1', { timeout: 30_000 });
  await applyShown(page);
  await page.goto('#/model/1');
  await expect(page.locator('h1')).toContainText(PAYLOAD);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  await openData(page);
  await page.locator('[data-testid="restore-bundled"]').click();
  await expect(page.locator('[data-testid="uploads-result"]')).toHaveText('Đã khôi phục dữ liệu gốc cho mọi bảng (có thể hoàn tác).');
  expect(await shownRowCounts(page)).toEqual(before);
  await page.goto('#/model/1');
  await expect(page.locator('h1')).toContainText('Triển khai 53 dịch vụ công thiết yếu');

  await openData(page);
  await page.locator('[data-testid="undo-upload"]').click();
  await expect(page.locator('[data-testid="edition"][data-table="models"][data-origin="upload"]')).toBeVisible();
  await page.goto('#/model/1');
  await expect(page.locator('h1')).toContainText(PAYLOAD);
  // With nothing uploaded, restore still works.
  await openData(page);
  await page.locator('[data-testid="restore-bundled"]').click();
  await page.locator('[data-testid="restore-bundled"]').click();
  await expect(page.locator('[data-testid="no-uploads"]')).toBeVisible();
});

for (const name of ['coverage', 'models', 'province_models']) {
  test(`${name}: a download of the table uploads back as the same table (nothing to apply)`, async ({ page }) => {
    await openData(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid="dataset-table"] tr[data-table="${name}"] [data-testid="download-csv"]`).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    await choose(page, `${name}.csv`, bytes);
    await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-testid="preview-unchanged"] .kpi-value')).toHaveText(new Intl.NumberFormat('vi-VN').format(loadTable(`${name}.csv`).numRows()));
    await expect(page.locator('[data-testid="preview-changed"] .kpi-value')).toHaveText('0');
    await expect(page.locator('[data-testid="apply-upload"]')).toBeDisabled();
  });
}

test('a 45 MB file shows a progress bar and the page keeps answering while it is read', async ({ page }) => {
  const rows = ['difficulty_id,model_no,province_code,category,text,source'];
  for (let i = 0; rows.length < 330_000; i++) rows.push(`u-${i},${1 + (i % 44)},,legal,"Khó khăn số ${i}: thiếu kinh phí, thiết bị và hướng dẫn của Trung ương cho địa phương",upload.csv`);
  const bytes = utf8(`${rows.join('\n')}\n`);
  // From disk, so the browser reads the file itself (bytes handed over by Playwright are rebuilt by script in the page).
  const dir = resolve(import.meta.dirname, '../../test-results/tmp');
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, 'kho-khan.csv'), bytes);
  await openData(page);
  await page.evaluate(() => {
    const w = window as unknown as { gaps: number[] };
    w.gaps = [];
    let last = performance.now();
    const tick = (t: number): void => { w.gaps.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await choose(page, 'kho-khan.csv', resolve(dir, 'kho-khan.csv'));
  const started = await page.evaluate(() => { (window as unknown as { gaps: number[] }).gaps = []; return performance.now(); });
  await expect(page.locator('[data-testid="upload-progress"] progress')).toBeVisible();
  await expect(page.locator('[data-testid="upload-preview"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-testid="preview-added"] .kpi-value')).toHaveText(new Intl.NumberFormat('vi-VN').format(rows.length - 1));
  const elapsed = await page.evaluate((t0) => performance.now() - t0, started);
  const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps);
  const longest = Math.max(...gaps);
  console.log(`upload of ${(bytes.length / 1048576).toFixed(1)} MB: preview after ${elapsed.toFixed(0)} ms, ${gaps.length} frames, longest frame gap ${longest.toFixed(0)} ms, gaps over 100 ms: ${gaps.filter((g) => g > 100).map((g) => g.toFixed(0)).join(', ')}`);
  expect(longest).toBeLessThan(1000);
});
