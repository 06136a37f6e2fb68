import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';

/** What the overview shows: every shape's class, and the key figures. */
async function overviewState(page: Page): Promise<{ statuses: Record<string, string>; kpis: string[] }> {
  await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])')).toHaveCount(63);
  await expect(page.locator('[data-testid="indicators"] .kpi')).not.toHaveCount(0);
  return page.evaluate(() => ({
    statuses: Object.fromEntries([...document.querySelectorAll('[data-testid="province-map"] path[data-province]')]
      .map((p) => [p.getAttribute('data-province') ?? '', p.getAttribute('data-status') ?? ''])),
    kpis: [...document.querySelectorAll('main .kpi-value')].map((k) => k.textContent ?? ''),
  }));
}

test('the first screen shows real figures even if the wasm never loads, the same as the live database gives', async ({ page, consoleErrors }) => {
  await page.route('**/*.wasm', (route) => route.abort('failed'));
  await page.goto('#/');
  const snapshot = await overviewState(page);
  await expect(page.getByRole('alert')).toBeVisible({ timeout: 30_000 });  // and the engine's failure is said
  expect(Object.keys(snapshot.statuses)).toHaveLength(63);
  // The refused wasm is the failure this test asked for.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/wasm|WebAssembly|Failed to load resource|ERR_FAILED|instantiate/i.test(e)));

  const live = await page.context().newPage();
  await live.goto('#/');
  await waitForDashboardReady(live);
  await live.waitForTimeout(500);
  expect(await overviewState(live)).toEqual(snapshot);
});

test('the snapshot gives way to the live database without a visible change', async ({ page }) => {
  await page.goto('#/');
  const first = await overviewState(page);
  await waitForDashboardReady(page);
  await page.waitForTimeout(500);
  expect(await overviewState(page)).toEqual(first);
});
