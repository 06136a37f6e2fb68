import type { Page } from '@playwright/test';
import { UPLOADS_MARK } from '../../src/data/editions/uploads-mark.ts';
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

/** The first screen as it stands when none of the app's script runs (its entry refused): shapes, figures, words. */
async function firstScreenState(page: Page): Promise<{ statuses: Record<string, string>; kpis: string[]; title: string }> {
  const map = page.getByTestId('first-screen-map');
  await expect(map).toBeVisible();
  await expect(map.locator('path[data-province]')).toHaveCount(63);
  return page.evaluate(() => ({
    statuses: Object.fromEntries([...document.querySelectorAll('[data-testid="first-screen-map"] path[data-province]')]
      .map((p) => [p.getAttribute('data-province') ?? '', p.getAttribute('data-status') ?? ''])),
    kpis: [...document.querySelectorAll<HTMLElement>('[data-testid="first-screen-kpis"] .kpi-value')].filter((k) => k.offsetParent !== null).map((k) => k.textContent ?? ''),
    title: [...document.querySelectorAll<HTMLElement>('#first-screen .h1')].find((h) => h.offsetParent !== null)?.textContent ?? '',
  }));
}

/** Refuses the app's entry script, so the page shows what the HTML alone gives. */
const withoutApp = async (page: Page): Promise<void> => { await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort('blockedbyclient')); };
const refusedEntry = (errors: string[]): void => { errors.splice(0, errors.length, ...errors.filter((e) => !/Failed to load resource|ERR_BLOCKED_BY_CLIENT/.test(e))); };

for (const lang of ['vi', 'en'] as const) {
  test(`before any script of the app runs, the overview's first screen shows what the live overview shows (${lang})`, async ({ page, browser, consoleErrors }) => {
    const hash = lang === 'en' ? '#/?lang=en' : '#/';
    await withoutApp(page);
    await page.goto(hash);
    const first = await firstScreenState(page);
    // Hoàng Sa and Trường Sa, with their names in the page's language.
    for (const slug of ['hoang-sa', 'truong-sa']) {
      await expect(page.locator(`#first-screen [data-archipelago="${slug}"]`).first()).toBeVisible();
      await expect(page.locator(`#first-screen text[data-archipelago-label="${slug}"][lang="${lang}"]`)).toBeVisible();
      await expect(page.locator(`#first-screen text[data-archipelago-label="${slug}"]:not([lang="${lang}"])`)).toBeHidden();
    }
    await expect(page.locator(`#first-screen p.source-note[lang="${lang}"]`)).toBeVisible();
    refusedEntry(consoleErrors);

    const context = await browser.newContext({ baseURL: page.url().split('#')[0] });
    const live = await context.newPage();
    await live.goto(hash);
    const state = await overviewState(live);
    expect(first.statuses).toEqual(state.statuses);
    expect(first.kpis).toEqual(state.kpis.slice(0, first.kpis.length));
    expect(first.title).toBe(await live.locator('main h1').textContent());
    expect(await live.locator('main .source-note').last().textContent()).toContain(await page.locator(`#first-screen p.source-note[lang="${lang}"]`).textContent().then((t) => (t ?? '').split(': ')[1] ?? ''));
    await context.close();
  });
}

test('the first screen gives way to the live overview, and leaves nothing behind', async ({ page }) => {
  await page.goto('#/');
  await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])')).toHaveCount(63);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-first-screen'))).toBe(false);
});

test('the first screen never shows where it would not be true: another route, a filter, uploads in this browser', async ({ page, consoleErrors }) => {
  await withoutApp(page);
  for (const hash of ['#/model/13?status=deployed', '#/model/99', '#/province/VN-31', '#/?groups=II', '#/?map=34', '#/wall']) {
    await page.goto(hash);
    await expect(page.getByTestId('first-screen-map'), hash).toBeHidden();
  }
  await page.addInitScript((key) => localStorage.setItem(key, '1'), UPLOADS_MARK);
  for (const hash of ['#/', '#/model/13']) {
    await page.goto(hash);
    await expect(page.getByTestId('first-screen-map'), hash).toBeHidden();
  }
  refusedEntry(consoleErrors);
});

/** What a model's live page shows: every shape's status, the key figures and the title. */
async function modelState(page: Page): Promise<{ statuses: Record<string, string>; kpis: string[]; title: string }> {
  await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])')).toHaveCount(63);
  await expect(page.locator('[data-testid="kpi-deployed"]')).toBeVisible();
  return page.evaluate(() => ({
    statuses: Object.fromEntries([...document.querySelectorAll('[data-testid="province-map"] path[data-province]')]
      .map((p) => [p.getAttribute('data-province') ?? '', p.getAttribute('data-status') ?? ''])),
    kpis: [...document.querySelectorAll('main .kpi-value')].map((k) => k.textContent ?? ''),
    title: document.querySelector('main h1')?.textContent ?? '',
  }));
}

for (const lang of ['vi', 'en'] as const) {
  test(`a deep link to a model shows its first screen before any script of the app runs, the same as the live page (${lang})`, async ({ page, browser, consoleErrors }) => {
    const hash = lang === 'en' ? '#/model/13?lang=en' : '#/model/13';
    await withoutApp(page);
    await page.goto(hash);
    const first = await firstScreenState(page);
    for (const slug of ['hoang-sa', 'truong-sa']) {
      await expect(page.locator(`#first-screen text[data-archipelago-label="${slug}"][lang="${lang}"]`)).toBeVisible();
    }
    const note = page.locator(`#first-screen p.source-note[lang="${lang}"]`);
    await expect(note).toBeVisible();
    refusedEntry(consoleErrors);

    const context = await browser.newContext({ baseURL: page.url().split('#')[0] });
    const live = await context.newPage();
    await live.goto(hash);
    const state = await modelState(live);
    expect(first).toEqual(state);
    // The live map card says the same source and as-of date as the first screen.
    expect(await live.locator('main .card:has([data-testid="province-map"]) .source-note').textContent()).toBe(await note.textContent());
    await context.close();
  });
}

test("a model's first screen gives way to the live page, and leaves nothing behind; another model's link opens no first screen", async ({ page }) => {
  await page.goto('#/model/13');
  await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])')).toHaveCount(63);
  await expect(page.locator('#first-screen')).toHaveCount(0);
  expect(await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name).filter((n) => n.startsWith('data-first-screen')))).toEqual([]);
  await page.locator('[data-testid="model-select"]').selectOption('14');
  await expect(page).toHaveURL(/#\/model\/14/);
  await expect(page.locator('#first-screen')).toHaveCount(0);
});
