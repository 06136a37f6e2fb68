/**
 * Every route draws from the build-time answers before DuckDB starts, and those answers are the live
 * ones: each route is drawn once with the wasm refused (only the snapshot can answer) and once live,
 * and the two must read the same (text and map statuses). A question a view asks that no chunk
 * answers shows as an error in the first pass; an answer that differs, as a difference.
 */
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const models = (loadTable('models.csv').array('model_no') as (string | number)[]).map(Number);
const provinces = loadTable('provinces.csv').array('province_code') as string[];
const WALL = (scenes: string, extra = ''): string => `#/wall?scenes=${scenes}&interval=3600&refresh=3600${extra}`;

const ROUTES: string[] = [
  '#/', ...['I', 'II', 'III', 'IV', 'V'].map((g) => `#/?groups=${g}`), '#/model', '#/province', '#/difficulties', '#/quality',
  ...models.map((no) => `#/model/${no}`),
  ...provinces.map((code) => `#/province/${code}`),
  ...models.map((no) => `#/brief/model/${no}`),
  ...provinces.map((code) => `#/brief/province/${code}`),
  WALL('national'), ...['I', 'II', 'III', 'IV', 'V'].map((g) => WALL(`group-${g}`)), WALL('ranking'), WALL('difficulties'), WALL('indicators'),
  WALL('model-13'), WALL('model-44'), WALL('province', '&province=VN-31'), WALL('late', '&province=VN-31'), WALL('province', '&province=VN-HN'),
];

interface Drawn { text: string; statuses: string; errors: string }

/** What a route shows once it has settled: its text (without the charts' drawing and the print time) and its map's statuses. */
async function drawn(page: Page, hash: string): Promise<Drawn> {
  await page.evaluate((h) => { window.location.hash = h.slice(1); }, hash);
  // The route's own page first (a wall or a brief comes with its code, after the last page is gone).
  const own = hash.startsWith('#/wall') ? '.wall [data-scene]' : hash.startsWith('#/brief/') ? `[data-brief="${hash.split('/').slice(2, 4).join('-')}"]` : '#main';
  await page.locator(own).first().waitFor({ timeout: 30_000 });
  const read = (): Promise<Drawn & { busy: boolean }> => page.evaluate((sel) => {
    const root = (sel === '#main' ? document.querySelector('#main') : document.querySelector(sel.startsWith('.wall') ? '.wall' : '.brief-screen')) ?? document.body;
    const copy = root.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll('svg, canvas, style, .brief-foot, .wall-bar, .wall-problems, [data-stale]')) el.remove();
    return {
      text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
      statuses: [...root.querySelectorAll('[data-testid="province-map"] path[data-status]')].map((p) => p.getAttribute('data-status')).join(','),
      errors: [...copy.querySelectorAll('.notice-error, [role="alert"]')].map((e) => e.textContent ?? '').join(' | '),
      busy: root.querySelector('[data-stale], .notice-loading, .map-frame[role="status"]') !== null,
    };
  }, own);
  // Settled: nothing loading or stale, and the same reading twice in a row.
  let last = await read();
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(150);
    const now = await read();
    if (!now.busy && !last.busy && now.text === last.text && now.statuses === last.statuses) return now;
    last = now;
  }
  return last;
}

test('every route drawn from the build-time answers reads the same as drawn live', async ({ browser }) => {
  test.setTimeout(900_000);
  const snapshotPage = await browser.newPage();
  // Only the snapshot can answer: the engine never starts.
  await snapshotPage.route('**/*.wasm', (route) => route.abort('failed'));
  await snapshotPage.goto('#/');
  const livePage = await browser.newPage();
  await livePage.goto('#/');
  await waitForDashboardReady(livePage);

  const missing: string[] = [];
  const different: string[] = [];
  for (const hash of ROUTES) {
    const [early, live] = [await drawn(snapshotPage, hash), await drawn(livePage, hash)];
    if (early.errors || early.text === '') missing.push(`${hash}: ${early.errors || 'nothing drawn'}`);
    else if (early.text !== live.text || early.statuses !== live.statuses) {
      const at = [...early.text].findIndex((c, i) => c !== live.text[i]);
      different.push(`${hash}: ${early.statuses !== live.statuses ? 'map statuses differ; ' : ''}`
        + `snapshot “…${early.text.slice(Math.max(0, at - 40), at + 80)}…” live “…${live.text.slice(Math.max(0, at - 40), at + 80)}…”`);
    }
    expect(live.errors, `${hash} live`).toBe('');
  }
  expect(missing, 'routes a chunk does not answer').toEqual([]);
  expect(different, 'routes whose snapshot differs from the live answers').toEqual([]);
});
