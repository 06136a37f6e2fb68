/**
 * Issue 12: Hoàng Sa and Trường Sa are seen on every map. The marks are measured in the browser
 * (at 1920×1080), their province and status read against the shape that holds the islands, and
 * their names checked for anything drawn through them; the same in the map's picture (SVG).
 */
import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

type Slug = 'hoang-sa' | 'truong-sa';
interface Measured { marks: number; width: number; height: number; smallest: number; provinces: string[]; statuses: string[]; fills: string[]; parentStatus: string | null; parentFill: string | null }

// How many islands each archipelago has in the committed shapes: the parts of Đà Nẵng and Khánh
// Hòa east of 110.5° E (the mainland ends at 109.5° E), counted here from geo/provinces.geojson.
const shapes = JSON.parse(readFileSync(new URL('../../geo/provinces.geojson', import.meta.url), 'utf8')) as { features: { properties: { code: string }; geometry: { type: string; coordinates: number[][][][] } }[] };
const islandsOf = (code: string): number => {
  const f = shapes.features.find((x) => x.properties.code === code);
  const parts = f?.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
  return parts.filter((p) => (p[0] ?? []).every(([lon = 0]) => lon > 110.5)).length;
};
const PARENT: Record<Slug, string> = { 'hoang-sa': 'VN-DN', 'truong-sa': 'VN-34' };
const unitOf = (code: string): string =>
  String(loadTable('provinces.csv').params({ c: code }).filter((d: { province_code: string }, p: { c: string }) => d.province_code === p.c).get('unit_2025', 0));
const statusOf = (no: number, code: string): string =>
  String(loadTable('coverage.csv').params({ no: String(no), c: code })
    .filter((d: { model_no: string; province_code: string }, p: { no: string; c: string }) => d.model_no === p.no && d.province_code === p.c).get('status', 0));

/** The marks of one archipelago in `map`, measured, with the status and fill of the shape that holds the islands. */
const measure = (map: Locator, slug: Slug): Promise<Measured> => map.evaluate((root, s) => {
  const marks = [...root.querySelectorAll(`[data-archipelago="${s}"]`)].filter((e) => e instanceof SVGElement);
  const rects = marks.map((e) => e.getBoundingClientRect());
  const provinces = [...new Set(marks.map((e) => e.getAttribute('data-province') ?? ''))];
  const parent = root.querySelector(`path[data-province="${provinces[0] ?? ''}"]:not([data-archipelago])`);
  return {
    marks: marks.length,
    width: Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left)),
    height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
    smallest: Math.min(...rects.map((r) => Math.min(r.width, r.height))),
    provinces,
    statuses: [...new Set(marks.map((e) => e.getAttribute('data-status') ?? ''))],
    fills: [...new Set(marks.map((e) => e.getAttribute('fill') ?? ''))],
    parentStatus: parent?.getAttribute('data-status') ?? null,
    parentFill: parent?.getAttribute('fill') ?? null,
  };
}, slug);

/** Points of each archipelago's name that a shape, a mark or another line of the map covers (none expected). */
const crossings = (map: Locator): Promise<string[]> => map.evaluate((root) => {
  const hits: string[] = [];
  const shapes = [...root.querySelectorAll('path')];
  const marks = [...root.querySelectorAll('[data-archipelago]')].map((e) => e.getBoundingClientRect());
  for (const label of root.querySelectorAll('.map-label-text')) {
    const r = label.getBoundingClientRect();
    for (let i = 0; i <= 10; i++) {
      for (let j = 0; j <= 4; j++) {
        const [x, y] = [r.left + (r.width * i) / 10, r.top + (r.height * j) / 4];
        for (const path of shapes) {
          const m = path.getScreenCTM();
          const p = m && new DOMPoint(x, y).matrixTransform(m.inverse());
          if (p && (path.isPointInFill(p) || path.isPointInStroke(p))) hits.push(`${label.textContent}: ${path.getAttribute('data-province') ?? 'a line'} at ${x},${y}`);
        }
        if (marks.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) hits.push(`${label.textContent}: a mark at ${x},${y}`);
      }
    }
  }
  return hits;
});

async function expectArchipelagos(map: Locator, parents: Record<Slug, string>, status?: Record<Slug, string>): Promise<void> {
  for (const slug of ['hoang-sa', 'truong-sa'] as const) {
    await expect(map.locator(`[data-archipelago="${slug}"]`)).toHaveCount(islandsOf(PARENT[slug]));
    const m = await measure(map, slug);
    expect(m.width, `${slug}: width of the group`).toBeGreaterThanOrEqual(16);
    expect(m.height, `${slug}: height of the group`).toBeGreaterThanOrEqual(16);
    expect(m.smallest, `${slug}: the smallest mark`).toBeGreaterThanOrEqual(3);
    expect(m.provinces, slug).toEqual([parents[slug]]);
    expect(m.statuses, slug).toEqual([m.parentStatus]);
    expect(m.fills, `${slug}: filled like ${parents[slug]}`).toEqual([m.parentFill]);
    if (status) expect(m.statuses, slug).toEqual([status[slug]]);
  }
  await expect(map.locator('.map-label-text')).toHaveCount(2);
  for (const label of await map.locator('.map-label-text').all()) await expect(label).toBeVisible();
  expect(await crossings(map)).toEqual([]);
  // Nothing is left of the old dashed frames.
  expect(await map.locator('path[stroke-dasharray]').count()).toBe(0);
}

const PROVINCES = { 'hoang-sa': 'VN-DN', 'truong-sa': 'VN-34' } as const;
const UNITS = { 'hoang-sa': unitOf('VN-DN'), 'truong-sa': unitOf('VN-34') } as const;
const MODEL_13 = { 'hoang-sa': statusOf(13, 'VN-DN'), 'truong-sa': statusOf(13, 'VN-34') } as const;

test('the overview: each island marked, filled and classed like its province, its name clear in the sea', async ({ page }) => {
  await page.goto('#/');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(63);
  await expectArchipelagos(map, PROVINCES);
  await expect(map.locator('.map-label-text').first()).toHaveText('Quần đảo Hoàng Sa (Đà Nẵng)');
});

test('a model view: the marks carry the status of Đà Nẵng and Khánh Hòa in coverage.csv', async ({ page }) => {
  await page.goto('#/model/13?lang=en');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-status="deployed"]').first()).toBeAttached();
  await expectArchipelagos(map, PROVINCES, MODEL_13);
  await expect(map.locator('.map-label-text').last()).toHaveText('Trường Sa (Spratly) Islands (Khánh Hòa)');
});

for (const [route, what] of [['#/model/13?lang=en&map=34', 'English, 34 units'], ['#/', 'Vietnamese']] as const) {
  test(`on a phone (390×844, ${what}) the names stay in the sea, clear of the land`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(route);
    await waitForDashboardReady(page);
    const map = page.locator('[data-testid="province-map"]');
    await expect(map.locator('[data-archipelago]')).toHaveCount(islandsOf('VN-DN') + islandsOf('VN-34'));
    for (const label of await map.locator('.map-label-text').all()) await expect(label).toBeVisible();
    expect(await crossings(map)).toEqual([]);
    // Inside the map's frame: not cut at its edge.
    const frame = await map.boundingBox();
    for (const label of await map.locator('.map-label-text').all()) {
      const b = await label.boundingBox();
      expect(b && frame && b.x >= frame.x && b.x + b.width <= frame.x + frame.width).toBe(true);
    }
  });
}

test('a model view on the 34 units: the marks belong to the units of Đà Nẵng and Khánh Hòa', async ({ page }) => {
  await page.goto('#/model/13?map=34');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(34);
  await expectArchipelagos(map, UNITS);
});

test('a hatched province (status unknown) gives its islands the same hatching', async ({ page }) => {
  // Model 7: neither Đà Nẵng nor Khánh Hòa is known to have deployed it (coverage.csv).
  expect([statusOf(7, 'VN-DN'), statusOf(7, 'VN-34')]).toEqual(['unknown', 'unknown']);
  await page.goto('#/model/7');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expectArchipelagos(map, PROVINCES, { 'hoang-sa': 'unknown', 'truong-sa': 'unknown' });
  expect((await measure(map, 'hoang-sa')).fills[0]).toMatch(/^url\(#hatch/);
});

test('the wall, dark: the marks stand out and keep their province’s status', async ({ page }) => {
  await page.goto('#/wall?interval=3600&refresh=3600&scenes=model-13');
  await waitForDashboardReady(page);
  const map = page.locator('[data-scene="model-13"] [data-testid="province-map"]');
  await expect(map.locator('path[data-status="deployed"]').first()).toBeAttached();
  await expectArchipelagos(map, PROVINCES, MODEL_13);
});

test('a brief: the marks and names are on its map', async ({ page }) => {
  await page.goto('#/brief/model/13');
  await expect(page.locator('[data-brief-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expectArchipelagos(page.locator('[data-testid="province-map"]'), PROVINCES, MODEL_13);
});

test('the map’s picture (SVG) draws the marks, filled like their province, and the names', async ({ page }) => {
  await page.goto('#/model/13?map=34');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-province]')).toHaveCount(34);
  const [download] = await Promise.all([page.waitForEvent('download'), map.locator('[data-testid="save-svg"]').click()]);
  const svg = readFileSync(await download.path(), 'utf8');
  // Parsed as the XML it is, in the browser.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    return (['hoang-sa', 'truong-sa'] as const).map((slug) => {
      const marks = [...doc.querySelectorAll(`circle[data-archipelago="${slug}"]`)];
      const code = marks[0]?.getAttribute('data-province') ?? '';
      const parent = doc.querySelector(`path[data-province="${code}"]`);
      const box = (k: 'cx' | 'cy') => {
        const v = marks.map((c) => [Number(c.getAttribute(k)) - Number(c.getAttribute('r')), Number(c.getAttribute(k)) + Number(c.getAttribute('r'))]);
        return Math.max(...v.map((x) => x[1] ?? 0)) - Math.min(...v.map((x) => x[0] ?? 0));
      };
      return {
        slug, count: marks.length, code, width: box('cx'), height: box('cy'), smallest: Math.min(...marks.map((c) => 2 * Number(c.getAttribute('r')))),
        statuses: [...new Set(marks.map((c) => c.getAttribute('data-status')))], parentStatus: parent?.getAttribute('data-status'),
        fills: [...new Set(marks.map((c) => c.getAttribute('fill')))], parentFill: parent?.getAttribute('fill'),
        label: doc.querySelector(`text[data-archipelago-label="${slug}"]`)?.textContent ?? '',
      };
    });
  }, svg);
  expect(parsed).not.toBeNull();
  for (const a of parsed ?? []) {
    expect(a.count, a.slug).toBe(islandsOf(PARENT[a.slug]));
    expect(a.code, a.slug).toBe(UNITS[a.slug]);
    expect(Math.min(a.width, a.height), a.slug).toBeGreaterThanOrEqual(16);
    expect(a.smallest, a.slug).toBeGreaterThanOrEqual(3);
    expect(a.statuses, a.slug).toEqual([a.parentStatus]);
    expect(a.fills, a.slug).toEqual([a.parentFill]);
  }
  expect(parsed?.map((a) => a.label)).toEqual(['Quần đảo Hoàng Sa (Đà Nẵng)', 'Quần đảo Trường Sa (Khánh Hòa)']);
  expect(svg).not.toContain('stroke-dasharray');
});
