/**
 * The difficulties view against the committed difficulties.csv, counted by Arquero: sentences per
 * category (chips and chart), filters from the URL and from clicks on both charts, and the CSV.
 * Only difficulties are counted; sentences marked as reporting progress are listed apart.
 */
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import type { Page } from '@playwright/test';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

// Categories in display order with their Vietnamese names, written out by hand (not read from the app).
const CATEGORIES: [string, string][] = [
  ['legal', 'Pháp lý'], ['finance', 'Tài chính, kinh phí'], ['infrastructure', 'Hạ tầng, thiết bị'], ['data', 'Dữ liệu'],
  ['security', 'An ninh, an toàn thông tin'], ['people', 'Nhân lực, kỹ năng'], ['citizens', 'Thói quen, điều kiện'],
  ['coordination', 'Phối hợp, kết nối hệ thống'], ['guidance', 'Chờ hướng dẫn của Trung ương'], ['other', 'Khác'],
];

const all = loadTable('difficulties.csv');
const difficulties = all.filter((d: { nature: string }) => d.nature !== 'progress');
type Row = { difficulty_id: string; model_no: string; province_code: string | null; category: string; nature: string; text: string };
const rows = difficulties.objects() as Row[];
const progressIds = [...new Set((all.objects() as Row[]).filter((r) => r.nature === 'progress').map((r) => r.difficulty_id))];
/** Distinct sentences among the rows that pass `keep`. */
const sentences = (keep: (r: Row) => boolean): number => new Set(rows.filter(keep).map((r) => r.difficulty_id)).size;
const perCategory: Record<string, number> = Object.fromEntries(
  (difficulties.groupby('category').rollup({ n: aq.op.distinct('difficulty_id') }).objects() as { category: string; n: number }[])
    .map((r) => [r.category, r.n]),
);
const total = difficulties.rollup({ n: aq.op.distinct('difficulty_id') }).get('n', 0) as number;

const listed = (page: Page) => page.locator('[data-testid="difficulty-sentence"]');

/** Every text of a chart with its anchor point in SVG coordinates (ECharts writes translate() or matrix()). */
async function chartTexts(page: Page, testId: string): Promise<{ text: string; x: number; y: number }[]> {
  return page.locator(`[data-testid="${testId}"] svg text`).evaluateAll((els) => els.map((el) => {
    const t = el.getAttribute('transform') ?? '';
    const num = '(-?[\\d.]+(?:e-?\\d+)?)';
    const m = new RegExp(`translate\\(${num}[ ,]+${num}\\)`).exec(t) ?? new RegExp(`matrix\\((?:\\S+[ ,]+){4}${num}[ ,]+${num}\\)`).exec(t);
    return { text: el.textContent ?? '', x: m ? Number(m[1]) : NaN, y: m ? Number(m[2]) : NaN };
  }));
}

/** Clicks a point of a chart given in SVG coordinates, scrolling it into the viewport first. */
async function clickChartAt(page: Page, testId: string, x: number, y: number): Promise<void> {
  // Until its animation is over, a bar or label can still be on its way to that point.
  await expect(page.locator(`[data-testid="${testId}"]`)).toHaveAttribute('data-drawn', 'true');
  const svg = page.locator(`[data-testid="${testId}"] svg`).first();
  const before = await svg.boundingBox();
  if (!before) throw new Error(`chart ${testId} not visible`);
  await page.evaluate((dy) => window.scrollBy(0, dy), before.y + y - 300);
  const box = (await svg.boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDashboardReady(page);
  await expect(page.locator('[data-testid="category-chips"]')).toBeVisible();
}

test('the counts per category equal Arquero’s distinct sentences per category, in the chips and on the chart', async ({ page }) => {
  await open(page, '#/difficulties');
  await expect(listed(page)).toHaveCount(total);
  await expect(page.locator('[data-testid="category-chips"] [data-category=""]')).toHaveAttribute('data-count', String(total));
  for (const [id] of CATEGORIES) {
    await expect(page.locator(`[data-testid="category-chips"] [data-category="${id}"]`)).toHaveAttribute('data-count', String(perCategory[id] ?? 0));
  }
  await page.waitForTimeout(600);  // the chart's entry animation
  const texts = await chartTexts(page, 'category-chart');
  for (const [id, name] of CATEGORIES) {
    const at = texts.findIndex((t) => t.text.startsWith(name) || name.startsWith(t.text.trim() + ' '));
    const label = texts[at];
    expect(label, `axis label of ${id}`).toBeDefined();
    // A long name wraps (never cut): its lines follow at the same x, and the bar is level with their middle.
    let last = at;
    while (texts[last + 1] && texts[last + 1]!.x === label!.x && texts[last + 1]!.y > texts[last]!.y && texts[last + 1]!.y - texts[last]!.y < 30) last++;
    const middle = (label!.y + texts[last]!.y) / 2;
    const totalLabel = texts.find((t) => /^\d+$/.test(t.text) && Math.abs(t.y - middle) < 3 && t.x > label!.x);
    expect(totalLabel?.text, `total of ${id}`).toBe(String(perCategory[id] ?? 0));
  }
});

test('a category in the URL shows exactly Arquero’s number of sentences, each carrying it', async ({ page }) => {
  await open(page, '#/difficulties?category=finance');
  await expect(listed(page)).toHaveCount(perCategory.finance!);
  await expect(page.locator('[data-testid="difficulty-sentence"]:not(:has(.chip[aria-pressed="true"]))')).toHaveCount(0);
});

test('clicking a bar filters by its category, and clicking it again clears the filter', async ({ page }) => {
  await open(page, '#/difficulties');
  await page.waitForTimeout(600);
  const label = (await chartTexts(page, 'category-chart')).find((t) => t.text.startsWith('Phối hợp'))!;
  // The first group's segment starts at the axis, just right of the label.
  await clickChartAt(page, 'category-chart', label.x + 14, label.y);
  await expect(page).toHaveURL(/category=coordination/);
  await expect(listed(page)).toHaveCount(perCategory.coordination!);
  await clickChartAt(page, 'category-chart', label.x + 14, label.y);
  await expect(page).not.toHaveURL(/category=/);
  await expect(listed(page)).toHaveCount(total);
});

test('clicking a matrix cell filters by its model and category', async ({ page }) => {
  await open(page, '#/difficulties');
  await page.waitForTimeout(600);
  const texts = await chartTexts(page, 'matrix-chart');
  // Rows are labelled by the model's number (its name is in the tooltip).
  const row = texts.find((t) => t.text === '17')!;
  const column = texts.find((t) => t.text === 'Pháp lý')!;
  expect(row).toBeDefined();
  expect(column).toBeDefined();
  await clickChartAt(page, 'matrix-chart', column.x, row.y);
  await expect(page).toHaveURL(/category=legal/);
  await expect(page).toHaveURL(/model=17/);
  await expect(listed(page)).toHaveCount(sentences((r) => r.model_no === '17' && r.category === 'legal'));
});

const groupII = new Set((loadTable('models.csv').objects() as { model_no: string; group: string }[]).filter((m) => m.group === 'II').map((m) => m.model_no));
const FILTERS: [string, string, (r: Row) => boolean][] = [
  ['group II', '#/difficulties?group=II', (r) => groupII.has(r.model_no)],
  ['model 21, national report', '#/difficulties?model=21&scope=national', (r) => r.model_no === '21' && !r.province_code],
  ['the province report', '#/difficulties?scope=province', (r) => Boolean(r.province_code)],
  ['a search without accents', '#/difficulties?q=kinh%20phi', (r) => r.text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().includes('kinh phi')],
];
for (const [name, hash, keep] of FILTERS) {
  test(`filters from the URL: ${name}`, async ({ page }) => {
    await open(page, hash);
    await expect(listed(page)).toHaveCount(sentences(keep));
  });
}

test('the CSV holds exactly the filtered sentences, one row each, with a BOM', async ({ page }) => {
  await open(page, '#/difficulties?category=guidance&scope=national');
  const expected = sentences((r) => r.category === 'guidance' && !r.province_code);
  await expect(listed(page)).toHaveCount(expected);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-csv"]').click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const csv = aq.fromCSV(text.slice(1), { parse: { model_no: String, categories: String, province_code: String } });
  expect(csv.numRows()).toBe(expected);
  expect(csv.columnNames()).toEqual(['difficulty_id', 'model_no', 'group', 'model_name_vi', 'model_name_en', 'province_code', 'province_name', 'categories', 'text', 'source', 'nature']);
  for (const r of csv.objects() as { categories: string; province_code: string | null }[]) {
    expect(r.categories.split('; ')).toContain('guidance');
    expect(r.province_code ?? '').toBe('');
  }
});

test('sentences that report progress are listed apart, labelled, and counted nowhere', async ({ page }) => {
  expect(progressIds.length).toBeGreaterThan(0);
  await open(page, '#/difficulties?scope=province');
  const apart = page.locator('[data-testid="progress-sentence"]');
  await expect(apart).toHaveCount(progressIds.length);
  for (const id of progressIds) await expect(page.locator(`[data-testid="progress-sentence"][data-id="${id}"]`)).toContainText('Báo cáo tiến độ, không phải khó khăn');
  await expect(page.locator(`[data-testid="difficulty-sentence"][data-id="${progressIds[0]}"]`)).toHaveCount(0);
  await open(page, '#/difficulties?scope=province&lang=en');
  await expect(apart.first()).toContainText('Reports progress, not a difficulty');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download-csv"]').click()]);
  const csv = aq.fromCSV(readFileSync((await download.path())!, 'utf8').slice(1), { parse: { model_no: String } });
  expect((csv.objects() as { difficulty_id: string; nature: string }[]).filter((r) => r.nature === 'progress').map((r) => r.difficulty_id).sort()).toEqual([...progressIds].sort());
});

test('English with ?lang=en: headings, cause names and model names in English, sentences kept in Vietnamese', async ({ page }) => {
  await open(page, '#/difficulties?lang=en&model=1');
  await expect(page.locator('h1')).toHaveText('Difficulties by cause');
  await expect(page.locator('h2', { hasText: 'Sentences by cause' })).toBeVisible();
  await expect(page.locator('[data-testid="category-chips"] [data-category="finance"]')).toContainText('Funding and cost');
  const first = listed(page).first();
  await expect(first).toContainText('Deploy the 53 essential public services');
  await expect(first.locator('[lang="vi"]')).toHaveCount(1);
});
