import { expect, test, waitForDashboardReady } from './fixtures.ts';

const PAYLOAD = '<img src=x onerror=alert(1)>';

test.describe('text from data never becomes markup', () => {
  test.beforeEach(async ({ page }) => {
    page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
    // Serve data in which a model name and a province name carry markup.
    await page.route('**/data/models.csv', async (route) => {
      const body = (await (await route.fetch()).text()).replace('Triển khai 53 dịch vụ công thiết yếu', PAYLOAD);
      await route.fulfill({ body, contentType: 'text/csv; charset=utf-8' });
    });
    await page.route('**/data/provinces.csv', async (route) => {
      const body = (await (await route.fetch()).text()).replace('VN-HN,01,Hà Nội,', `VN-HN,01,${PAYLOAD},`);
      await route.fulfill({ body, contentType: 'text/csv; charset=utf-8' });
    });
  });

  test('in tables, headings and the model selector', async ({ page }) => {
    await page.goto('#/model');
    await waitForDashboardReady(page);
    await expect(page.locator('[data-testid="model-list"]').getByText(PAYLOAD)).toBeVisible();
    await page.goto('#/model/1');
    await expect(page.locator('h1')).toContainText(PAYLOAD);
    await expect(page.locator('[data-testid="coverage-table"]').getByText(PAYLOAD)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });

  test('in map tooltips', async ({ page }) => {
    await page.goto('#/model/2');
    await waitForDashboardReady(page);
    // The build-time answers draw first; the served file's (with the payload) replace them.
    await expect(page.locator('path[data-province="VN-HN"]')).toHaveAttribute('aria-label', new RegExp(PAYLOAD.replace(/[()]/g, '\\$&')));
    await page.locator('path[data-province="VN-HN"]').hover({ force: true });
    await expect(page.locator('.leaflet-tooltip')).toContainText(PAYLOAD);
    await expect(page.locator('.leaflet-tooltip img')).toHaveCount(0);
    expect(await page.locator('path[data-province="VN-HN"]').getAttribute('aria-label')).toContain(PAYLOAD);
  });

  test('in charts', async ({ page }) => {
    await page.goto('#/');
    await waitForDashboardReady(page);
    const chart = page.locator('[data-testid="ranking-chart"]');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('text', { hasText: PAYLOAD })).toHaveCount(1);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
  });
});

test('the built app is served under a strict Content-Security-Policy and works under it', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('#/model/13');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(header).not.toContain('unsafe-inline');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await waitForDashboardReady(page);
  for (const hash of ['#/', '#/model/13', '#/province/VN-31', '#/difficulties', '#/quality', '#/data']) {
    await page.goto(hash);
    await expect(page.locator('main h1').first()).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
