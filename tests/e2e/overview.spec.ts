import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const coverage = loadTable('coverage.csv').join(loadTable('models.csv').select('model_no', 'group'), 'model_no');
const deployedBy = (groups: string[]) => {
  const rows = coverage.objects() as { province_code: string; status: string; group: string }[];
  const out = new Map<string, number>();
  for (const r of rows) if ((groups.length === 0 || groups.includes(r.group)) && r.status === 'deployed') out.set(r.province_code, (out.get(r.province_code) ?? 0) + 1);
  return out;
};

test('the overview map classes every province by its number of models deployed', async ({ page }) => {
  await page.goto('#/');
  await waitForDashboardReady(page);
  const counts = deployedBy([]);
  const shapes = page.locator('[data-testid="province-map"] path[data-province]');
  await expect(shapes).toHaveCount(63);
  for (const code of ['VN-70', 'VN-27', 'VN-31', 'VN-HN']) {
    const status = await page.locator(`[data-testid="province-map"] path[data-province="${code}"]`).getAttribute('data-status');
    const [lo, hi] = (status ?? '').split('-').map(Number);
    const n = counts.get(code) ?? 0;
    expect(n >= (lo ?? NaN) && n <= (hi ?? lo ?? NaN), `${code}: ${n} in ${status}`).toBe(true);
  }
  await expect(page.locator('[data-testid="kpi-cells"]')).toContainText(
    new Intl.NumberFormat('vi-VN').format([...counts.values()].reduce((a, b) => a + b, 0)));
});

test('the group filter is in the URL and changes the figures', async ({ page }) => {
  await page.goto('#/?groups=V');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-group="V"]')).toHaveAttribute('aria-pressed', 'true');
  const n = [...deployedBy(['V']).values()].reduce((a, b) => a + b, 0);
  await expect(page.locator('[data-testid="kpi-cells"]')).toContainText(new Intl.NumberFormat('vi-VN').format(n));
  await page.locator('[data-group="IV"]').click();
  await expect(page).toHaveURL(/groups=IV%2CV|groups=IV,V/);
});

test('a click on a ranking bar opens the province', async ({ page }) => {
  await page.goto('#/');
  await waitForDashboardReady(page);
  const chart = page.locator('[data-testid="ranking-chart"]');
  await chart.scrollIntoViewIfNeeded();
  // Clicked while the bars still grow from the axis, the point can miss them.
  await expect(chart).toHaveAttribute('data-drawn', 'true');
  await chart.locator('path[fill="#0072b2"]').nth(5).click({ force: true });
  await expect(page).toHaveURL(/#\/province\/VN-/);
});

// The axes hold codes and numbers, their labels come from formatters: a label's click carries the id.
test('a click on a chart’s label opens what it names: a province of the ranking or the matrix, a model of the coverage chart', async ({ page }) => {
  const clicks: [string, RegExp, RegExp][] = [
    ['ranking-chart', /^\d+(–\d+)? Bình Định$/, /#\/province\/VN-31(\?|$)/],
    ['matrix-chart', /^Bình Định$/, /#\/province\/VN-31(\?|$)/],
    ['coverage-chart', /^II · 13\. /, /#\/model\/13(\?|$)/],
  ];
  for (const [id, label, to] of clicks) {
    await page.goto('#/');
    await waitForDashboardReady(page);
    const chart = page.locator(`[data-testid="${id}"]`);
    await chart.scrollIntoViewIfNeeded();
    const text = chart.locator('text', { hasText: label });
    await expect(text, id).toHaveCount(1);
    await text.click({ force: true });
    await expect(page, id).toHaveURL(to);
  }
});

test('the national indicators show their figures with as-of dates', async ({ page }) => {
  const indicators = loadTable('indicators.csv').objects() as { indicator_id: string; value: string }[];
  await page.goto('?lang=en#/');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="indicators"] .kpi')).toHaveCount(indicators.length);
  const chips = indicators.find((r) => r.indicator_id === 'chip_id_cards_issued');
  await expect(page.locator('[data-testid="indicator-chip_id_cards_issued"]')).toContainText(new Intl.NumberFormat('en-GB').format(Number(chips?.value)));
});

test('the matrix downloads as models × provinces, the statuses of coverage.csv (works under the CSP)', async ({ page }) => {
  await page.goto('#/');
  await waitForDashboardReady(page);
  const button = page.locator('[data-testid="matrix-chart"]').locator('xpath=ancestor::div[contains(@class,"card")]').locator('[data-testid="download-csv"]');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const { readFileSync } = await import('node:fs');
  const aq = await import('arquero');
  const rows = aq.fromCSV(readFileSync(await download.path() ?? '', 'utf8').slice(1), { parse: { model_no: Number } }).objects() as Record<string, string | number>[];
  expect(rows).toHaveLength(44);
  const cells = loadTable('coverage.csv').objects() as { model_no: string; province_code: string; status: string }[];
  for (const c of cells.filter((_, i) => i % 97 === 0)) expect(rows[Number(c.model_no) - 1]?.[c.province_code], `${c.model_no} ${c.province_code}`).toBe(c.status);
});
