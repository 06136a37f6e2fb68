import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const drawn = '[data-scene] path[data-province], [data-scene] svg path';

test('with interval=1, at least three different scenes within 6 s, each with its map or chart drawn', async ({ page }) => {
  await page.goto('#/wall?interval=1&refresh=3600');
  await waitForDashboardReady(page);
  const seen = new Set<string>();
  const start = Date.now();
  while (Date.now() - start < 6000 && seen.size < 3) {
    const scene = page.locator('[data-scene]');
    const id = await scene.getAttribute('data-scene');
    if (id && !seen.has(id) && await page.locator(drawn).count() > 0) seen.add(id);
    await page.waitForTimeout(150);
  }
  expect([...seen].length).toBeGreaterThanOrEqual(3);
  await expect(page.locator('[data-testid="wall-clock"]')).toHaveText(/^\d{2}:\d{2}$/);
});

test('keys: → next, ← back, Space pauses, Esc returns to the dashboard', async ({ page }) => {
  await page.goto('#/wall?interval=3600&refresh=3600&scenes=national,ranking,model-13');
  await waitForDashboardReady(page);
  const scene = page.locator('[data-scene]');
  await expect(scene).toHaveAttribute('data-scene', 'national');
  await page.keyboard.press('ArrowRight');
  await expect(scene).toHaveAttribute('data-scene', 'ranking');
  await page.keyboard.press('ArrowLeft');
  await expect(scene).toHaveAttribute('data-scene', 'national');
  await page.goto('#/wall?interval=1&refresh=3600&scenes=national,ranking,model-13');
  await page.keyboard.press(' ');
  await expect(page.locator('[data-testid="wall-paused"]')).toBeVisible();
  const held = await scene.getAttribute('data-scene');
  await page.waitForTimeout(2500);
  await expect(scene).toHaveAttribute('data-scene', held ?? '');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/$/);
});

test('wrong settings are named on screen, and the wall runs on the defaults', async ({ page }) => {
  await page.goto('#/wall?interval=often&scenes=ranking,weather&province=Atlantis');
  await waitForDashboardReady(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('interval');
  await expect(alert).toContainText('weather');
  await expect(alert).toContainText('Atlantis');
  await expect(page.locator('[data-scene]')).toHaveAttribute('data-scene', 'ranking');
});

test('a province wall opens on the province against the country', async ({ page }) => {
  await page.goto('#/wall?province=VN-31&interval=3600&refresh=3600');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-scene]')).toHaveAttribute('data-scene', 'province-VN-31');
  await expect(page.locator('[data-scene] path[data-province="VN-31"]')).toHaveAttribute('data-status', 'selected');
});

const chipCards = Number((loadTable('indicators.csv').objects() as { indicator_id: string; value: string }[]).find((r) => r.indicator_id === 'chip_id_cards_issued')?.value);
const shown = (n: number): string => new Intl.NumberFormat('vi-VN').format(n);

test('a refresh with changed data updates the figures in place, without reloading the page', async ({ page }) => {
  let changed = false;
  await page.route('**/data/indicators.csv', async (route) => {
    const text = await (await route.fetch()).text();
    await route.fulfill({ body: changed ? text.replace(`,${chipCards},`, ',90000000,') : text, contentType: 'text/csv; charset=utf-8' });
  });
  await page.goto('#/wall?scenes=indicators&interval=3600&refresh=5');
  await waitForDashboardReady(page);
  const figure = page.locator('[data-indicator="chip_id_cards_issued"] strong');
  await expect(figure).toContainText(shown(chipCards));
  await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
  changed = true;
  await expect(figure).toContainText(shown(90000000), { timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await expect(page.locator('[data-testid="wall-refresh"]')).not.toHaveClass(/failed/);
});

test('a failed refresh keeps the figures and says so, then recovers', async ({ page, consoleErrors }) => {
  let failing = false;
  await page.route('**/data/*.csv', async (route) => (failing ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('#/wall?scenes=indicators&interval=3600&refresh=5');
  await waitForDashboardReady(page);
  const figure = page.locator('[data-indicator="chip_id_cards_issued"] strong');
  await expect(figure).toContainText(shown(chipCards));
  failing = true;
  const badge = page.locator('[data-testid="wall-refresh"]');
  await expect(badge).toHaveClass(/wall-refresh-failed/, { timeout: 15_000 });
  await expect(badge).toContainText('thất bại');
  await expect(figure).toContainText(shown(chipCards));
  failing = false;
  await expect(badge).not.toHaveClass(/wall-refresh-failed/, { timeout: 45_000 });
  // The browser logs each refused file; those are the failures this test asked for.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 503/.test(e)));
});

test('when the DuckDB worker dies, the wall shows the last good frame, restarts it and goes on', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('#/wall?scenes=model-1,model-2,model-3,model-4&interval=3600&refresh=3600');
  await waitForDashboardReady(page);
  await expect(page.locator(drawn).first()).toBeVisible();
  const duck = page.workers().find((w) => /duckdb/.test(w.url()));
  expect(duck).toBeDefined();
  await duck?.evaluate(() => (self as unknown as { close: () => void }).close());
  await page.keyboard.press('ArrowRight');  // a scene whose data were never asked for
  await expect(page.locator('[data-testid="wall-stale"]')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.workers().filter((w) => /duckdb/.test(w.url())).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-scene="model-3"] path[data-province]')).toHaveCount(63, { timeout: 30_000 });
});
