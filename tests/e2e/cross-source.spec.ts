/**
 * The Data quality page shows where two reports disagree, with both sources named as people name
 * them (sources.csv's titles, the file a hover away) and both figures. Expected rows are those read
 * by hand in tests/unit/pipeline/cross-source.test.ts; titles come from sources.csv (Arquero).
 */
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const titles = new Map((loadTable('sources.csv').objects() as { source: string; title_vi: string; title_en: string }[]).map((s) => [s.source, s]));
const S000 = '000_7f29e68dedb715cb.txt';
const S002 = '002_1c37787a67318719.txt';
const S003 = '003_56915f187a0eb783.txt';

test('the 10-vs-6 of models in all 63 provinces, with both reports and both figures', async ({ page }) => {
  await page.goto('#/quality?kind=cross_source_count');
  await waitForDashboardReady(page);
  const row = page.locator('[data-testid="discrepancy-table"] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator(`[data-source-role="source"][data-source="${S000}"] [data-value]`)).toHaveText('10');
  await expect(row.locator(`[data-source-role="other"][data-source="${S002}"] [data-value]`)).toHaveText('6');
  await expect(row.locator('[data-source-role="source"]')).toContainText(titles.get(S000)!.title_vi);
  await expect(row.locator('[data-source-role="other"]')).toContainText(titles.get(S002)!.title_vi);
  await expect(row.locator(`[data-source-role="source"] [title="${S000}"]`)).toHaveCount(1);
});

test('Bình Định: 000 counts models 10 and 19 as deployed, its own report says not started and waiting', async ({ page }) => {
  await page.goto('#/quality?kind=cross_source_status&province=VN-31&lang=en');
  await waitForDashboardReady(page);
  const rows = page.locator('[data-testid="discrepancy-table"] tbody tr');
  await expect(rows).toHaveCount(2);
  for (const [i, [model, own]] of [['10', 'Not started'], ['19', 'Waiting for central guidance']].entries()) {
    await expect(rows.nth(i)).toHaveAttribute('data-model', model ?? '');
    await expect(rows.nth(i).locator('[data-source-role="source"] [data-value]')).toHaveText('Deployed');
    await expect(rows.nth(i).locator(`[data-source-role="other"][data-source="${S003}"] [data-value]`)).toHaveText(own ?? '');
    await expect(rows.nth(i).locator('[data-source-role="other"]')).toContainText(titles.get(S003)!.title_en);
  }
});

test("Hà Nội: its pilots fill 000's gaps for models 7 and 23", async ({ page }) => {
  await page.goto('#/quality?kind=cross_source_gap&province=VN-HN');
  await waitForDashboardReady(page);
  const rows = page.locator('[data-testid="discrepancy-table"] tbody tr');
  await expect(rows).toHaveCount(2);
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-model')))).toEqual(['7', '23']);
  await expect(rows.first().locator('[data-source-role="source"] [data-value]')).toHaveText('Chưa rõ (không có trong báo cáo)');
  await expect(rows.first().locator('[data-source-role="other"] [data-value]')).toHaveText('Đang triển khai');
});
