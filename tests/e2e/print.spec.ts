/**
 * A dashboard view printed (Ctrl+P, here `page.pdf()`, which prints as the browser does) is a tidy
 * document: A4 pages, no navigation or buttons, the map whole on one page, tables continuing over
 * pages with their header repeated, sources and dates kept. Read back as text with unpdf.
 */
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

/** The view printed to PDF (as the browser prints it), each page's text. */
async function printed(page: Page, hash: string): Promise<{ pages: string[]; size: { width: number; height: number } }> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="province-map"] path[data-status]:not([data-status="none"])').first()).toBeAttached();
  await page.waitForTimeout(1200);  // the charts' entry animation
  const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  const { text } = await extractText(doc, { mergePages: false });
  const viewport = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { pages: text.map((t) => t.replace(/\s+/g, ' ').normalize('NFC')), size: { width: viewport.width, height: viewport.height } };
}

const onPages = (pages: readonly string[], text: string): number[] => pages.flatMap((p, i) => (p.includes(text) ? [i + 1] : []));

for (const [hash, mapTitle, attribution] of [
  ['#/model/13', 'Bản đồ triển khai', 'Ranh giới: Natural Earth'],
  ['#/?lang=en', 'Models deployed per province', 'Boundaries: Natural Earth'],
  ['#/province/VN-31', 'Vị trí trên bản đồ', 'Ranh giới: Natural Earth'],
] as const) {
  test(`${hash} prints on A4 with the map whole on one page, and no navigation or buttons`, async ({ page }) => {
    test.setTimeout(90_000);
    const { pages, size } = await printed(page, hash);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);  // A4 portrait, in points
    // The map lies between its title and its attribution (drawn in its frame's corner): both on one page.
    const titled = onPages(pages, mapTitle);
    const attributed = onPages(pages, attribution);
    expect(attributed, 'one map, printed once').toHaveLength(1);
    expect(titled, `the page of "${mapTitle}"`).toContain(attributed[0]);
    const all = pages.join(' ');
    for (const control of ['Tải CSV', 'Tải Excel', 'Download CSV', 'Download Excel', 'PNG', 'SVG', 'Menu', 'In / PDF', 'Print / PDF']) {
      expect(all, `"${control}" on paper`).not.toContain(control);
    }
    expect(all).toMatch(/Nguồn|Source/);
    expect(all).toMatch(/Số liệu tính đến|Figures as of/);
    // Each source named on screen is named on paper (its name is a button on screen, for its full title).
    const sources = [...new Set(await page.locator('main .source-note .source-toggle').allTextContents())];
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) expect(all, `the source "${name}" on paper`).toContain(name.replace(/\s+/g, ' ').normalize('NFC'));
  });
}

test("a model's table of the 63 provinces runs on over pages with its header repeated, every province in it", async ({ page }) => {
  test.setTimeout(90_000);
  const { pages } = await printed(page, '#/model/13');
  const all = pages.join(' ');
  for (const name of loadTable('provinces.csv').array('name_vi') as string[]) expect(all, name).toContain(name.normalize('NFC'));
  // The table's own header ("Tên ghi trong báo cáo" is its last column) on every page the table runs over.
  expect(onPages(pages, 'Tên ghi trong báo cáo').length).toBeGreaterThan(1);
});

test("the province brief lists the models not deployed by number and short name, and stays one page", async ({ page }) => {
  await page.goto('#/brief/province/VN-31');
  await expect(page.locator('[data-brief-ready="true"]')).toBeAttached({ timeout: 30_000 });
  const models = new Map((loadTable('models.csv').objects() as { model_no: string; name_vi: string }[]).map((r) => [r.model_no, r.name_vi]));
  const missing = (loadTable('coverage.csv').objects() as { model_no: string; province_code: string; status: string }[])
    .filter((r) => r.province_code === 'VN-31' && r.status === 'not_deployed').map((r) => r.model_no);
  expect(missing.length).toBeGreaterThan(0);
  const list = (await page.locator('.brief-list').first().innerText()).normalize('NFC');
  for (const no of missing) {
    const firstWords = (models.get(no) ?? '').split(' ').slice(0, 3).join(' ');
    expect(list, `model ${no}`).toContain(`${no}. ${firstWords}`);
  }
  const doc = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true })));
  expect(doc.numPages).toBe(1);
});
