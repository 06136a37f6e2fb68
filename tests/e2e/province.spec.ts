import * as aq from 'arquero';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

// Every expected value is counted by Arquero over the committed CSVs, never by the app's code.
const { op } = aq;
const coverage = loadTable('coverage.csv');
const provinces = loadTable('provinces.csv');
const models = loadTable('models.csv');
const provinceModels = loadTable('province_models.csv');
const hanoiModels = loadTable('hanoi_models.csv');
const discrepancies = loadTable('discrepancies.csv');

type Row = Record<string, string | null>;
const rowsOf = (t: aq.ColumnTable): Row[] => t.objects() as Row[];
const where = (t: aq.ColumnTable, column: string, value: string): aq.ColumnTable =>
  t.filter(aq.escape((d: Row) => d[column] === value));

/** Models per status for a province, from coverage.csv. */
function statusCounts(code: string): Record<string, number> {
  const counts = where(coverage, 'province_code', code).groupby('status').count().objects() as { status: string; count: number }[];
  return Object.fromEntries(counts.map((c) => [c.status, c.count]));
}

/** Rank of a province by models deployed: first and last place shared by the tied provinces. */
function rankOf(code: string): { first: number; last: number } {
  const deployed = rowsOf(coverage
    .derive({ d: (r: Row) => (r.status === 'deployed' ? 1 : 0) })
    .groupby('province_code').rollup({ n: (r: { d: number }) => op.sum(r.d) })) as unknown as { province_code: string; n: number }[];
  const mine = deployed.find((r) => r.province_code === code)?.n ?? -1;
  return { first: 1 + deployed.filter((r) => r.n > mine).length, last: deployed.filter((r) => r.n >= mine).length };
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="province-models-table"]')).toBeVisible();
}

async function downloadCsv(page: Page, scope: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`${scope} [data-testid="download-csv"]`).click(),
  ]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path() ?? '', 'utf8') };
}

for (const code of ['VN-31', 'VN-27']) {
  test(`${code}: models deployed, not deployed, unknown and the rank are those of coverage.csv`, async ({ page }) => {
    await open(page, `#/province/${code}`);
    const counts = statusCounts(code);
    await expect(page.locator('[data-testid="kpi-deployed"] .kpi-value')).toHaveText(String(counts.deployed ?? 0));
    await expect(page.locator('[data-testid="kpi-not-deployed"] .kpi-value')).toHaveText(String(counts.not_deployed ?? 0));
    await expect(page.locator('[data-testid="kpi-unknown"] .kpi-value')).toHaveText(String(counts.unknown ?? 0));
    const { first, last } = rankOf(code);
    await expect(page.locator('[data-testid="kpi-rank"] .kpi-value')).toHaveText(first === last ? String(first) : `${first}–${last}`);
    await expect(page.locator('[data-testid="kpi-rank"]')).toContainText(String(provinces.numRows()));
  });

  test(`${code}: the table has the 44 models with their status from coverage.csv`, async ({ page }) => {
    await open(page, `#/province/${code}`);
    const rows = page.locator('[data-testid="province-models-table"] tbody tr');
    await expect(rows).toHaveCount(models.numRows());
    const expected = Object.fromEntries(rowsOf(where(coverage, 'province_code', code)).map((r) => [r.model_no, r.status]));
    const shown = await rows.evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-model'), tr.getAttribute('data-status')])));
    expect(shown).toEqual(expected);
    await expect(rows.first().locator('a[href*="#/model/1"]')).toBeVisible();
  });
}

test('the map marks the province, its region and the others, and a click opens another province', async ({ page }) => {
  await open(page, '#/province/VN-31');
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(provinces.numRows());
  const region = (rowsOf(where(provinces, 'province_code', 'VN-31'))[0] ?? {}).region ?? '';
  const sameRegion = where(provinces, 'region', region).numRows() - 1;
  await expect(map.locator('path[data-status="selected"]')).toHaveCount(1);
  await expect(map.locator('path[data-province="VN-31"]')).toHaveAttribute('data-status', 'selected');
  await expect(map.locator('path[data-status="same_region"]')).toHaveCount(sameRegion);
  await expect(map.locator('path[data-status="other"]')).toHaveCount(provinces.numRows() - sameRegion - 1);
  await map.locator('path[data-province="VN-30"]').click({ force: true });
  await expect(page).toHaveURL(/#\/province\/VN-30$/);
  await expect(page.locator('h1')).toHaveText('Gia Lai');
});

test('the selector opens a province, and the 2025 unit names its other members', async ({ page }) => {
  await open(page, '#/province/VN-31');
  const unit = page.locator('[data-testid="province-unit"]');
  await expect(unit).toContainText('Gia Lai');
  await expect(unit.locator('a[data-province="VN-30"]')).toBeVisible();
  await page.locator('[data-testid="province-select"]').selectOption('VN-27');
  await expect(page).toHaveURL(/#\/province\/VN-27$/);
  await expect(page.locator('h1')).toHaveText('Quảng Nam');
  await expect(page.locator('[data-testid="province-report"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="hanoi-models"]')).toHaveCount(0);
});

test("Bình Định's report: lead agency and deadline from province_models.csv, models missing from its list, its summary flagged", async ({ page }) => {
  await open(page, '#/province/VN-31');
  const report = page.locator('[data-testid="province-report-table"] tbody tr');
  await expect(report).toHaveCount(models.numRows());
  const listed = rowsOf(where(provinceModels, 'province_code', 'VN-31'));
  for (const no of ['1', '5', '17', '44']) {
    const expected = listed.find((r) => r.model_no === no);
    const row = page.locator(`[data-testid="province-report-table"] tr[data-model="${no}"]`);
    await expect(row.locator('[data-col="lead"]')).toHaveText(expected?.lead_agency ?? '');
    await expect(row.locator('[data-col="deadline"]')).toHaveText(expected?.deadline ?? '');
    await expect(row).toHaveAttribute('data-report-status', expected?.status ?? '');
  }
  const listedNos = new Set(listed.map((r) => r.model_no));
  const missing = rowsOf(models).map((r) => r.model_no).filter((no) => !listedNos.has(no));
  const absent = await page.locator('[data-testid="province-report-table"] tr[data-report-status="absent"]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')));
  expect(absent).toEqual(missing);
  const summary = rowsOf(where(where(discrepancies, 'province_code', 'VN-31'), 'kind', 'summary_vs_rows'));
  const summaryRows = page.locator('[data-testid="report-summary"] tbody tr');
  await expect(summaryRows).toHaveCount(summary.length);
  for (const [i, d] of summary.entries()) {
    await expect(summaryRows.nth(i)).toHaveAttribute('data-stated', d.stated ?? '');
    await expect(summaryRows.nth(i)).toHaveAttribute('data-counted', d.counted ?? '');
    if (d.stated !== d.counted) await expect(summaryRows.nth(i).locator('.flag')).toBeVisible();
  }
  const completed = where(where(provinceModels, 'province_code', 'VN-31'), 'status', 'completed').numRows();
  await expect(page.locator('[data-testid="report-counts"] tr[data-report-status="completed"] td')).toHaveText(String(completed));
});

test("Hà Nội's 19 models on Hà Nội's page, linked to the matching models", async ({ page }) => {
  await open(page, '#/province/VN-HN');
  const card = page.locator('[data-testid="hanoi-models"]');
  await expect(card).toHaveAttribute('data-role', 'own');
  const rows = card.locator('tbody tr');
  await expect(rows).toHaveCount(hanoiModels.numRows());
  for (const h of rowsOf(hanoiModels)) {
    const row = card.locator(`tr[data-hanoi="${h.hanoi_no}"]`);
    await expect(row).toContainText(h.name_vi ?? '');
    if (h.model_no) await expect(row.locator(`a[href$="#/model/${h.model_no}"]`)).toBeVisible();
    else await expect(row.locator('a')).toHaveCount(0);
  }
  await expect(page.locator('[data-testid="province-report"]')).toHaveCount(0);
});

test("Bình Định's registration of Hà Nội's models shows its track per model", async ({ page }) => {
  await open(page, '#/province/VN-31');
  const card = page.locator('[data-testid="hanoi-models"]');
  await expect(card).toHaveAttribute('data-role', 'registration');
  const tracks = await card.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-track')));
  expect(tracks).toEqual(rowsOf(hanoiModels).map((h) => h.track ?? ''));
});

test('?lang=en shows English labels and names', async ({ page }) => {
  await open(page, '#/province/VN-31?lang=en');
  const nameEn = (rowsOf(where(provinces, 'province_code', 'VN-31'))[0] ?? {}).name_en ?? '';
  await expect(page.locator('h1')).toHaveText(nameEn);
  await expect(page.locator('[data-testid="kpi-deployed"]')).toContainText('Models deployed');
  await expect(page.locator('[data-testid="kpi-rank"]')).toContainText('Rank by models deployed');
  await expect(page.locator('[data-testid="province-unit"]')).toContainText('Since 1 July 2025 part of');
  await expect(page.locator('[data-testid="province-models-table"] thead')).toContainText('Status');
  const first = rowsOf(where(models, 'model_no', '1'))[0];
  await expect(page.locator('[data-testid="province-models-table"] tr[data-model="1"]')).toContainText(first?.name_en ?? '');
  await expect(page.locator('main')).not.toContainText('Mô hình đã triển khai');
  await expect(page.locator('[data-testid="province-report"]')).toContainText('Lead agency');
});

test('a click on a group in the chart filters the table, kept in the URL', async ({ page }) => {
  await open(page, '#/province/VN-31');
  const group = 'II';
  const inGroup = where(models, 'group', group).numRows();
  await page.locator('[data-testid="group-chart"] text', { hasText: `${group} (${inGroup})` }).click();
  await expect(page).toHaveURL(/group=II/);
  await expect(page.locator('[data-testid="province-models-table"] tbody tr')).toHaveCount(inGroup);
  await page.locator('[data-testid="group-filter"] [data-group="II"]').click();
  await expect(page).not.toHaveURL(/group=/);
  await expect(page.locator('[data-testid="province-models-table"] tbody tr')).toHaveCount(models.numRows());
});

test('the CSV of the table: BOM, a header, and exactly the rows shown with source and as_of', async ({ page }) => {
  await open(page, '#/province/VN-27?group=II&status=deployed');
  const shown = await page.locator('[data-testid="province-models-table"] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')));
  const inGroup = new Set(rowsOf(where(models, 'group', 'II')).map((r) => r.model_no));
  const expected = rowsOf(where(where(coverage, 'province_code', 'VN-27'), 'status', 'deployed')).filter((r) => inGroup.has(r.model_no));
  expect(shown).toEqual(expected.map((r) => r.model_no));
  const { name, text } = await downloadCsv(page, '[data-testid="province-models"]');
  expect(name).toMatch(/^de-an-06_tinh-vn-27-mo-hinh-nhom-ii-deployed_\d{4}-\d{2}-\d{2}\.csv$/);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const [header] = text.slice(1).split('\r\n');
  expect(header).toBe('province_code,model_no,group,name_vi,name_en,status,basis,named_as,source,as_of');
  const csv = rowsOf(aq.fromCSV(text.slice(1), { autoType: false }));
  expect(csv.map((r) => r.model_no)).toEqual(shown);
  expect(csv.map((r) => [r.source, r.as_of, r.status])).toEqual(expected.map((r) => [r.source, r.as_of, r.status]));
});

test("the CSV of Bình Định's report: the 44 models, the two missing from its list marked", async ({ page }) => {
  await open(page, '#/province/VN-31');
  const { text } = await downloadCsv(page, '[data-testid="province-report"]');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = rowsOf(aq.fromCSV(text.slice(1), { autoType: false }));
  expect(csv).toHaveLength(models.numRows());
  const listedNos = new Set(rowsOf(where(provinceModels, 'province_code', 'VN-31')).map((r) => r.model_no));
  expect(csv.filter((r) => r.in_province_list === 'false').map((r) => r.model_no)).toEqual(rowsOf(models).map((r) => r.model_no).filter((no) => !listedNos.has(no)));
  expect(csv.every((r) => r.source && r.as_of)).toBe(true);
});
