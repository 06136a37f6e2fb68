import { expect, test, waitForDashboardReady } from './fixtures.ts';

// Every route of product.md renders its view, with no request to an outside host and no console error.
for (const [hash, heading] of [
  ['#/', 'Tổng quan'], ['#/model', '44 mô hình'], ['#/model/13', 'Mô hình 13'], ['#/province', '63 tỉnh'],
  ['#/province/VN-31', 'Bình Định'], ['#/difficulties', ''], ['#/quality', ''], ['#/data', ''],
] as const) {
  test(`${hash} renders`, async ({ page }) => {
    await page.goto(hash);
    await waitForDashboardReady(page);
    const h1 = page.locator('main h1').first();
    await expect(h1).toBeVisible();
    if (heading) await expect(h1).toContainText(heading);
    await expect(page.locator('.notice-error')).toHaveCount(0);
  });
}

test('a province named in any spelling opens its page under its code', async ({ page }) => {
  await page.goto(`#/province/${encodeURIComponent('Bình Định')}`);
  await expect(page).toHaveURL(/#\/province\/VN-31$/);
});

test('an unknown route says so and offers the way back', async ({ page }) => {
  await page.goto('#/nowhere');
  await expect(page.locator('main h1')).toContainText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Về trang tổng quan' }).click();
  await expect(page).toHaveURL(/#\/$/);
});

test('the first screen shows progress while DuckDB starts, then the data', async ({ page }) => {
  await page.goto('#/model');
  await expect(page.locator('.boot, [data-testid="db-ready"]').first()).toBeAttached();
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="model-list"] tbody tr')).toHaveCount(44);
});

// Issue 16.2: a malformed percent escape in a link used to throw out of the first render and blank the app.
for (const hash of ['#/%zz', '#/model/%zz', '#/province/%E0%A4%A', '#/brief/model/%E0', '#/wall/%']) {
  test(`a malformed link (${hash}) gives the page not found, inside the dashboard's frame, with the way back`, async ({ page }) => {
    await page.goto(hash);
    await expect(page.locator('main h1')).toContainText('Không tìm thấy trang');
    await expect(page.locator('nav.main-nav a')).toHaveCount(6);
    await page.getByRole('link', { name: 'Về trang tổng quan' }).click();
    await expect(page).toHaveURL(/#\/$/);
    await expect(page.locator('main h1')).toBeVisible();
  });
}

test('malformed escapes in the parameters still give the view', async ({ page }) => {
  for (const [hash, heading] of [['#/model/13?lang=%zz&map=%E0%A4%A', 'Mô hình 13'], ['#/?groups=%zz&sort=%', 'Tổng quan'], ['#/province/VN-31?compare=%FF', 'Bình Định']] as const) {
    await page.goto(hash);
    await waitForDashboardReady(page);
    await expect(page.locator('main h1').first()).toContainText(heading);
  }
});

test('once the engine is ready the other views’ code comes while the reader reads: a first visit to the provinces does not wait for its code, nor shows “loading”', async ({ page }) => {
  await page.goto('#/');
  await waitForDashboardReady(page);
  const fetched = (name: string) => page.evaluate((n) => performance.getEntriesByType('resource').filter((e) => new RegExp(`/${n}-[^/]*\\.js$`).test(e.name)).length, name);
  await expect.poll(() => fetched('ProvinceIndex'), { timeout: 15_000 }).toBe(1);
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  // A loading notice in main at any moment of the visit (a lazy view suspends for 300 ms even with its code in hand).
  await page.evaluate(() => {
    const w = window as unknown as { loadingSeen: boolean };
    w.loadingSeen = false;
    new MutationObserver(() => { if (document.querySelector('main .notice-loading')) w.loadingSeen = true; }).observe(document.body, { subtree: true, childList: true });
  });
  await page.locator('.main-nav a[href^="#/province"]').click();
  await expect(page.locator('[data-testid="province-list"] tbody tr')).toHaveCount(63);
  expect(await page.evaluate(() => (window as unknown as { loadingSeen: boolean }).loadingSeen)).toBe(false);
  // (Other views' code may still be on its way.)
  expect(scripts.filter((s) => /\/ProvinceIndex-[^/]*\.js$/.test(s))).toEqual([]);
  expect(await fetched('ProvinceIndex')).toBe(1);
  // Neither the wall nor a brief is fetched ahead.
  expect(await fetched('WallView')).toBe(0);
  expect(await fetched('BriefView')).toBe(0);
});
