import * as aq from 'arquero';
import { readFileSync } from 'node:fs';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const coverage = loadTable('coverage.csv');
const statusOf = (no: number) => coverage.params({ no: String(no) }).filter((d: { model_no: string }, p: { no: string }) => d.model_no === p.no);
const countOf = (no: number, status: string): number =>
  statusOf(no).params({ s: status }).filter((d: { status: string }, p: { s: string }) => d.status === p.s).numRows();

// Models of every kind: a complete list, repeats, a stated count above the list, 63/63, no list, text-only.
for (const no of [2, 13, 14, 23, 38, 1, 7, 33]) {
  test(`model ${no}: the map's shapes carry the statuses of coverage.csv`, async ({ page }) => {
    await page.goto(`#/model/${no}`);
    await waitForDashboardReady(page);
    const map = page.locator('[data-testid="province-map"]');
    await expect(map.locator('path[data-province]')).toHaveCount(63);
    for (const status of ['deployed', 'not_deployed', 'unknown']) {
      await expect(map.locator(`path[data-status="${status}"]`), status).toHaveCount(countOf(no, status));
    }
    const legend = page.locator('[data-testid="status-legend"]');
    await expect(legend.locator('[data-status="deployed"]')).toContainText(String(countOf(no, 'deployed')));
  });
}

test('model 14 flags its stated count (26) against the 27 provinces it names', async ({ page }) => {
  const models = loadTable('models.csv').filter((d: { model_no: string }) => d.model_no === '14').object() as Record<string, string>;
  await page.goto('#/model/14');
  await waitForDashboardReady(page);
  const kpi = page.locator('[data-testid="kpi-stated-listed"]');
  await expect(kpi).toContainText(`${models.stated_count} / ${models.listed_count}`);
  await expect(kpi.locator('.flag')).toBeVisible();
});

test('a click on a province shape opens that province', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await page.locator('path[data-province="VN-31"]').click({ force: true });
  await expect(page).toHaveURL(/#\/province\/VN-31/);
});

test('the model selector and the status filter are in the URL, and back returns', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await page.locator('[data-testid="model-select"]').selectOption('17');
  await expect(page).toHaveURL(/#\/model\/17$/);
  await expect(page.locator('h1')).toContainText('17');
  await page.locator('select').filter({ hasText: /Tất cả/ }).selectOption('not_deployed');
  await expect(page).toHaveURL(/status=not_deployed/);
  await expect(page.locator('[data-testid="coverage-table"] tbody tr')).toHaveCount(countOf(17, 'not_deployed'));
  await page.goBack();
  await expect(page).toHaveURL(/#\/model\/13$/);
});

test("the CSV of a model's map: BOM, a header and the 63 provinces with their statuses", async ({ page }) => {
  await page.goto('#/model/38');
  await waitForDashboardReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-csv"]').first().click()]);
  expect(download.suggestedFilename()).toMatch(/^de-an-06_mo-hinh-38-ban-do_\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path() ?? '', 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = aq.fromCSV(text.slice(1));
  expect(csv.columnNames()).toEqual(['model_no', 'province_code', 'name_vi', 'name_en', 'status', 'basis', 'named_as', 'source', 'as_of']);
  const rows = csv.objects() as { model_no: number; province_code: string; status: string }[];
  expect(rows).toHaveLength(63);
  expect(new Set(rows.map((r) => r.model_no))).toEqual(new Set([38]));
  const expected = Object.fromEntries((statusOf(38).objects() as { province_code: string; status: string }[]).map((r) => [r.province_code, r.status]));
  expect(Object.fromEntries(rows.map((r) => [r.province_code, r.status]))).toEqual(expected);
});

test('a model whose only Bình Định sentence reports progress counts no difficulty and lists it apart, labelled', async ({ page }) => {
  // Model 26 has no difficulty in the national report; Bình Định's one sentence reports work done.
  const own = loadTable('difficulties.csv').filter((d: { model_no: string }) => d.model_no === '26').objects() as { nature: string }[];
  expect(own.map((r) => r.nature)).toEqual(['progress']);
  await page.goto('#/model/26');
  await waitForDashboardReady(page);
  await expect(page.getByText('Báo cáo không nêu khó khăn cho mô hình này.')).toBeVisible();
  await expect(page.locator('[data-testid="difficulty-chart"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="progress-sentence"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="progress-sentence"]')).toContainText('Báo cáo tiến độ, không phải khó khăn');
});

test("a model missing from Bình Định's own list says so under “province reports” (models 2 and 23)", async ({ page }) => {
  const listed = new Set((loadTable('province_models.csv').array('model_no') as string[]));
  for (const no of [2, 23]) {
    expect(listed.has(String(no))).toBe(false);
    await page.goto(`#/model/${no}?lang=en`);
    await waitForDashboardReady(page);
    await expect(page.locator('[data-testid="province-reports-none"]')).toHaveText(
      'The list of models in the report of Binh Dinh (15 November 2024) does not include this model.');
    await expect(page.locator('[data-testid="province-report"]')).toHaveCount(0);
  }
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="province-report"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="province-reports-none"]')).toHaveCount(0);
});

test("a switch of model draws once, with the new model's answers: its first frame has its title and map, never the last model's rows", async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  // Settled: the views asked their questions again of the engine (they drew from the snapshot before it), and the reader reads.
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  await page.waitForTimeout(1000);
  const expected = Object.fromEntries((statusOf(20).objects() as { province_code: string; status: string }[]).map((r) => [r.province_code, r.status]));
  const before = Object.fromEntries((statusOf(13).objects() as { province_code: string; status: string }[]).map((r) => [r.province_code, r.status]));
  expect(expected).not.toEqual(before);
  // Each frame's state, read just before it paints, from the switch until model 20 is drawn whole.
  const frames = await page.evaluate((want) => new Promise<{ select: string; title: string; map: boolean; stale: boolean }[]>((resolve) => {
    const out: { select: string; title: string; map: boolean; stale: boolean }[] = [];
    const check = (): void => {
      const paths = [...document.querySelectorAll('[data-testid="province-map"] path[data-province]')];
      const frame = {
        select: (document.querySelector('[data-testid="model-select"]') as HTMLSelectElement | null)?.value ?? '',
        title: document.querySelector('#model-title')?.textContent ?? '',
        map: paths.length === 63 && paths.every((p) => p.getAttribute('data-status') === want[p.getAttribute('data-province') ?? '']),
        stale: document.querySelector('[data-stale]') !== null,
      };
      out.push(frame);
      if ((frame.map && frame.title.includes(' 20:')) || out.length > 600) resolve(out); else requestAnimationFrame(check);
    };
    location.hash = '#/model/20';
    requestAnimationFrame(check);
  }), expected);
  const last = frames.at(-1);
  expect(last?.map && last.title).toContain(' 20:');
  // Until then the page showed model 13 whole (the navigation waits for 20's answers; 20 is no neighbour of 13, so it was not asked ahead), never a mix.
  for (const f of frames.slice(0, -1)) expect(f).toMatchObject({ select: '13', stale: false, map: false });
  expect(last?.select).toBe('20');
});

test('the models either side are answered while the reader reads: → draws the next model in the first frame, without waiting', async ({ page }) => {
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await page.waitForTimeout(1500);  // the reader reads (the prefetch starts 0.3 s after the view's own answers)
  const expected = Object.fromEntries((statusOf(14).objects() as { province_code: string; status: string }[]).map((r) => [r.province_code, r.status]));
  const first = await page.evaluate((want) => new Promise<{ title: string; map: boolean }>((resolve) => {
    // The frame after the URL changed: drawn at once when the answers are known (no navigation waits).
    window.addEventListener('hashchange', () => requestAnimationFrame(() => {
      const paths = [...document.querySelectorAll('[data-testid="province-map"] path[data-province]')];
      resolve({
        title: document.querySelector('#model-title')?.textContent ?? '',
        map: paths.length === 63 && paths.every((p) => p.getAttribute('data-status') === want[p.getAttribute('data-province') ?? '']),
      });
    }), { once: true });
    (document.querySelector('.model-nav a.button:not([hidden])[href*="/model/14"]') as HTMLAnchorElement).click();
  }), expected);
  expect(first.title).toContain(' 14:');
  expect(first.map).toBe(true);
});
