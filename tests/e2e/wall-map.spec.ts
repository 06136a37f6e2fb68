/**
 * Issue 12: the wall's map is for looking at. Nobody can move or zoom it (mouse, wheel, double
 * click, keys, touch), it shows no cursor of its own, and it fills its panel at full HD and at 4K.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';

const SCENES = ['national', 'model-13', 'province-VN-31'] as const;
const wallOf = (scene: string): string =>
  `#/wall?interval=3600&refresh=3600&${scene.startsWith('province-') ? `scenes=province&province=${scene.slice(9)}` : `scenes=${scene}`}`;

async function openMap(page: Page, scene: string): Promise<Locator> {
  await page.goto(wallOf(scene));
  await waitForDashboardReady(page);
  const map = page.locator(`[data-scene="${scene}"] [data-testid="province-map"]`);
  await expect(map.locator('path[data-province]')).toHaveCount(63);
  await expect(map.locator('[data-archipelago]').first()).toBeAttached();
  return map;
}

/** Where Hà Nội's shape and a Trường Sa mark are on the screen. */
const placeOf = (map: Locator): Promise<number[]> => map.evaluate((root) =>
  ['path[data-province="VN-HN"]', '[data-archipelago="truong-sa"]'].flatMap((s) => {
    const r = root.querySelector(s)?.getBoundingClientRect();
    return r ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10) : [NaN];
  }));

for (const scene of SCENES) {
  test(`wall ${scene}: a drag, the wheel, a double click, zoom keys and touch leave the map where it was`, async ({ page }) => {
    const map = await openMap(page, scene);
    const before = await placeOf(map);
    const box = await map.boundingBox();
    if (!box) throw new Error('no map');
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx - 300, cy - 200, { steps: 12 });
    await page.mouse.up();
    await page.mouse.wheel(0, -600);
    await page.mouse.dblclick(cx, cy);
    for (const key of ['+', '=', '-', 'ArrowUp', 'ArrowDown']) await page.keyboard.press(key);
    await page.waitForTimeout(400);
    expect(await placeOf(map)).toEqual(before);
    // Leaflet marks its container when dragging and touch zoom are on: they are off.
    const classes = await map.locator('.leaflet-container').getAttribute('class') ?? '';
    expect(classes).not.toMatch(/leaflet-(grab|touch-drag|touch-zoom)/);
    await expect(map.locator('.leaflet-control-zoom')).toHaveCount(0);
    await expect(map.locator('.leaflet-interactive')).toHaveCount(0);
  });
}

test('the wall’s map shows no cursor of its own (no grab, no pointer)', async ({ page }) => {
  const map = await openMap(page, 'national');
  const cursors = await map.evaluate((root) =>
    [root.querySelector('.leaflet-container'), root.querySelector('path[data-province]'), root.querySelector('[data-archipelago]')]
      .map((e) => (e ? getComputedStyle(e).cursor : 'missing')));
  expect(cursors).toEqual(['none', 'none', 'none']);
});

test('a dashboard map still moves (the checks above are not vacuous)', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(63);
  await expect(map.locator('.leaflet-container')).toHaveClass(/leaflet-grab/);
  await expect(map.locator('.leaflet-container')).toHaveClass(/leaflet-touch-zoom/);
  const before = await placeOf(map);
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 100, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => placeOf(map)).not.toEqual(before);
});

for (const [width, height] of [[1920, 1080], [3840, 2160]] as const) {
  test(`at ${width}×${height} the wall’s map fills its panel`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openMap(page, 'national');
    const { panel, drawn } = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect();
      const p = rect(document.querySelector('[data-scene] .wall-map') ?? document.body);
      const rs = [...document.querySelectorAll('[data-scene] path[data-province], [data-scene] [data-archipelago]')].map(rect);
      const d = { w: Math.max(...rs.map((r) => r.right)) - Math.min(...rs.map((r) => r.left)), h: Math.max(...rs.map((r) => r.bottom)) - Math.min(...rs.map((r) => r.top)) };
      return { panel: { w: p.width, h: p.height }, drawn: d };
    });
    // The country and its archipelagos touch two sides of the panel and cover most of it.
    expect(Math.max(drawn.w / panel.w, drawn.h / panel.h)).toBeGreaterThan(0.95);
    expect((drawn.w * drawn.h) / (panel.w * panel.h)).toBeGreaterThan(0.9);
  });
}
