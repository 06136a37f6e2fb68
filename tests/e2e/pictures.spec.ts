import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const save = async (page: Page, button: ReturnType<Page['locator']>): Promise<Download> => {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
};
const text = async (d: Download): Promise<string> => readFileSync(await d.path(), 'utf8');
/** Width and height from a PNG's header (IHDR). */
const pngSize = async (d: Download): Promise<[number, number]> => {
  const bytes = readFileSync(await d.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};
const asOf = 'Figures as of 19 June 2024';

test('a model’s map saves as a 1920×1080 PNG and as SVG, its title, as-of date and source in the picture', async ({ page }) => {
  await page.goto('#/model/13?lang=en');
  await waitForDashboardReady(page);
  const map = page.locator('[data-testid="province-map"]');
  await expect(map.locator('path[data-status="deployed"]').first()).toBeAttached();
  const png = await save(page, map.locator('[data-testid="save-png"]'));
  expect(png.suggestedFilename()).toMatch(/^de-an-06_mo-hinh-13-ban-do_\d{4}-\d{2}-\d{2}\.png$/);
  expect(await pngSize(png)).toEqual([1920, 1080]);
  const svg = await text(await save(page, map.locator('[data-testid="save-svg"]')));
  const name = String(loadTable('models.csv').filter((d: { model_no: string }) => d.model_no === '13').get('name_en', 0));
  expect(svg).toContain(`13. ${name}`);
  expect(svg).toContain(asOf);
  expect(svg).toContain('000_7f29e68dedb715cb.txt');
  // One shape per province, coloured as on screen.
  expect(svg.match(/<path [^>]*data-province=/g)).toHaveLength(63);
  const deployed = loadTable('coverage.csv').filter((d: { model_no: string; status: string }) => d.model_no === '13' && d.status === 'deployed').numRows();
  expect(svg.match(/<path [^>]*fill="#0072b2"[^>]*data-province=/g)).toHaveLength(deployed);
});

test('every chart of the dashboard saves as PNG and SVG with its title and source line', async ({ page }) => {
  test.setTimeout(120_000);
  const charts: [string, string, string][] = [
    ['#/?lang=en', 'coverage-chart', 'Coverage of each model, by group'],
    ['#/?lang=en', 'ranking-chart', 'Provinces ranked by models deployed'],
    ['#/?lang=en', 'matrix-chart', 'Model × province matrix'],
    ['#/model/14?lang=en', 'difficulty-chart', 'Difficulties by cause'],
    ['#/province/VN-31?lang=en', 'group-chart', 'Compared by group of models'],
    ['#/difficulties?lang=en', 'category-chart', 'Sentences by cause'],
    ['#/difficulties?lang=en', 'matrix-chart', 'Model × cause'],
  ];
  for (const [route, id, title] of charts) {
    await page.goto(route);
    await waitForDashboardReady(page);
    const card = page.locator(`.card:has([data-testid="${id}"])`);
    const svg = await text(await save(page, card.locator('[data-testid="save-svg"]')));
    expect(svg, id).toContain(title);
    expect(svg, id).toContain(asOf);
    expect(svg, id).toMatch(/<svg x="32" y="96"[^>]*>/);  // the chart itself, drawn anew at wall size
    // A wall screen's size, or taller where a chart's wrapped labels need it (the coverage of the 44 models).
    const height = Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
    expect(await pngSize(await save(page, card.locator('[data-testid="save-png"]'))), id).toEqual([1920, height]);
    expect(height, id).toBeGreaterThanOrEqual(1080);
  }
});

test('text from the data stays text in a picture', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
  await page.route('**/data/models.csv', async (route) => {
    const body = (await (await route.fetch()).text()).replace('Triển khai 53 dịch vụ công thiết yếu', payload);
    await route.fulfill({ body, contentType: 'text/csv; charset=utf-8' });
  });
  await page.goto('#/model/1');
  await waitForDashboardReady(page);
  // The build-time answers draw first; the served file's (with the payload) replace them.
  await expect(page.locator('h1')).toContainText(payload);
  const svg = await text(await save(page, page.locator('[data-testid="province-map"] [data-testid="save-svg"]')));
  expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(svg).not.toContain('<img');
  await page.goto('#/');
  const chart = await text(await save(page, page.locator('.card:has([data-testid="coverage-chart"]) [data-testid="save-svg"]')));
  expect(chart).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(chart).not.toContain('<img');
});

/**
 * The texts of an SVG's elements matching `selector`, parsed in the browser: in a blank page of its
 * own, as the app's Content-Security-Policy (rightly) reports the style attributes of a chart's SVG.
 */
async function textsOf(page: Page, svg: string, selector: string): Promise<string[]> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(([text, sel]) =>
      [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll(sel)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()), [svg, selector] as const);
  } finally {
    await blank.close();
  }
}

test('a map’s picture has the legend of the screen, counts included, and its title names the 34-unit level', async ({ page }) => {
  for (const route of ['#/model/13?lang=en', '#/model/13?lang=en&map=34']) {
    await page.goto(route);
    await waitForDashboardReady(page);
    const map = page.locator('[data-testid="province-map"]');
    await expect(map.locator('path[data-status]').first()).toBeAttached();
    const screen = (await page.locator('[data-testid="status-legend"] li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    const svg = await text(await save(page, map.locator('[data-testid="save-svg"]')));
    expect(await textsOf(page, svg, '[data-legend-item]'), route).toEqual(screen);
    const title = (await textsOf(page, svg, 'svg > text'))[0] ?? '';
    if (route.includes('map=34')) expect(title).toContain('34 provinces (since 1 July 2025)');
    else expect(title).not.toContain('34 provinces');
  }
  // The counts come from coverage.csv: on the 63, the deployed provinces of model 13.
  const deployed = loadTable('coverage.csv').filter((d: { model_no: string; status: string }) => d.model_no === '13' && d.status === 'deployed').numRows();
  await page.goto('#/model/13?lang=en');
  await waitForDashboardReady(page);
  const svg = await text(await save(page, page.locator('[data-testid="province-map"] [data-testid="save-svg"]')));
  expect(await textsOf(page, svg, '[data-legend-item]')).toContain(`Deployed: ${deployed}`);
});

test('the overview’s pictures name the group filter in their titles, and the map’s its classes', async ({ page }) => {
  await page.goto('#/?groups=II&lang=en');
  await waitForDashboardReady(page);
  const cards = ['province-map', 'coverage-chart', 'ranking-chart', 'matrix-chart'];
  for (const id of cards) {
    const scope = id === 'province-map' ? page.locator('[data-testid="province-map"]') : page.locator(`.card:has([data-testid="${id}"])`);
    const svg = await text(await save(page, scope.locator('[data-testid="save-svg"]').first()));
    expect((await textsOf(page, svg, 'svg > text'))[0], id).toMatch(/ · Group II$/);
  }
  const svg = await text(await save(page, page.locator('[data-testid="province-map"] [data-testid="save-svg"]')));
  const screen = (await page.locator('.card:has([data-testid="province-map"]) .legend li').allTextContents()).map((t) => t.trim());
  expect(await textsOf(page, svg, '[data-legend-item]')).toEqual(screen);
});

test('the coverage chart’s picture shows the longest model name whole, and the screen’s chart too', async ({ page }) => {
  const models = loadTable('models.csv').objects() as { model_no: string; group: string; name_vi: string }[];
  const longest = models.reduce((a, b) => (b.name_vi.length > a.name_vi.length ? b : a));
  const label = `${longest.group} · ${longest.model_no}. ${longest.name_vi}`.replace(/\s+/g, ' ');
  await page.goto('#/');
  await waitForDashboardReady(page);
  const card = page.locator('.card:has([data-testid="coverage-chart"])');
  const svg = await text(await save(page, card.locator('[data-testid="save-svg"]')));
  const lines = (await textsOf(page, svg, 'text')).map((t) => t.replace(/\u2003/g, '').trim());
  expect(lines.join(' ')).toContain(label);
  // On screen: the chart's own SVG holds the same name, line after line.
  await expect(card.locator('[data-testid="coverage-chart"] svg text').first()).toBeAttached();
  const shown = (await card.locator('[data-testid="coverage-chart"] svg text').allTextContents()).map((t) => t.replace(/\u2003/g, '').trim());
  expect(shown.join(' ')).toContain(label);
});
