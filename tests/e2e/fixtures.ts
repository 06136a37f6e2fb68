/**
 * Shared e2e fixtures: every request to a host other than the local server is blocked and
 * counted (a test fails if there is any), and console errors (CSP violations included) fail it.
 */
import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  outsideRequests: string[];
  consoleErrors: string[];
}

/** The test function with the offline and console guards on. */
export const test = base.extend<Fixtures>({
  outsideRequests: [async ({ page }, use) => {
    const outside: string[] = [];
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      outside.push(url.href);
      return route.abort('blockedbyclient');
    });
    await use(outside);
    expect(outside, 'requests to outside hosts').toEqual([]);
  }, { auto: true }],
  consoleErrors: [async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Waits until DuckDB has loaded every table and the views draw the URL (a navigation waits briefly for its answers: url-state.ts). */
export async function waitForDashboardReady(page: Page): Promise<void> {
  await page.locator('[data-testid="db-ready"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForFunction(() => document.documentElement.dataset.location === window.location.search + window.location.hash, undefined, { timeout: 10_000 });
}
