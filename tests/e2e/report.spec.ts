import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { expect, test, waitForDashboardReady } from './fixtures.ts';
import { loadTable } from '../oracle.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'briefs-'));
/** `npm run report` on the build the e2e tests run against. */
const report = (...args: string[]): string => execFileSync('npx', ['tsx', 'src/node/report/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });

async function pdf(file: string): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(readFileSync(file)));
  const { text } = await extractText(doc, { mergePages: true });
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ').normalize('NFC') };
}

const model = (no: number) => loadTable('models.csv').params({ no: String(no) }).filter((d: { model_no: string }, p: { no: string }) => d.model_no === p.no).object() as Record<string, string>;
const count = (no: number, status: string): number => loadTable('coverage.csv').params({ no: String(no), s: status })
  .filter((d: { model_no: string; status: string }, p: { no: string; s: string }) => d.model_no === p.no && d.status === p.s).numRows();

test('npm run report renders a model’s brief as one A4 page with its name and figures as text', async () => {
  const file = join(out, 'model-13-en.pdf');
  report('--model', '13', '--lang', 'en', '--out', file);
  const { pages, text } = await pdf(file);
  expect(pages).toBe(1);
  const m = model(13);
  expect(text).toContain(`Model 13: ${m.name_en}`.replace(/\s+/g, ' '));
  expect(text).toContain(`${m.stated_count} / ${m.listed_count}`);
  for (const status of ['deployed', 'not_deployed', 'unknown']) expect(text).toMatch(new RegExp(`\\b${count(13, status)}\\b`));
  expect(text).toContain('Figures as of 19 June 2024');
});

test('a province’s brief, by its name, in Vietnamese: one page, its name, its models deployed', async () => {
  const file = join(out, 'binh-dinh.pdf');
  report('--province', 'Bình Định', '--out', file);
  const { pages, text } = await pdf(file);
  expect(pages).toBe(1);
  expect(text).toContain('Bình Định');
  const deployed = loadTable('coverage.csv').filter((d: { province_code: string; status: string }) => d.province_code === 'VN-31' && d.status === 'deployed').numRows();
  expect(text).toMatch(new RegExp(`${deployed} Đã triển khai trên 44 mô hình`));
  expect(text).toContain('Theo báo cáo của tỉnh');
});

test('--all writes one single-page brief per model into one folder', async () => {
  test.setTimeout(300_000);
  const dir = join(out, 'all');
  report('--all', '--out', dir);
  const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
  expect(files).toHaveLength(44);
  for (const f of files) expect((await pdf(join(dir, f))).pages, f).toBe(1);
  expect((await pdf(join(dir, 'model-44-vi.pdf'))).text).toContain(`Mô hình 44: ${model(44).name_vi}`.replace(/\s+/g, ' '));
});

test('a wrong argument is refused with a message that says what is wrong', () => {
  expect(() => report('--model', '45')).toThrow(/--model 45: a model number from 1 to 44/);
  expect(() => report('--province', 'Atlantis')).toThrow(/--province Atlantis: not a province/);
});

test('“Print / PDF” in the model view opens its brief, which prints itself once ready', async ({ page }) => {
  await page.addInitScript(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
  await page.goto('#/model/13');
  await waitForDashboardReady(page);
  await page.locator('[data-testid="print-brief"]').click();
  await expect(page).toHaveURL(/#\/brief\/model\/13\?print=1/);
  await expect(page.locator('[data-brief-ready="true"]')).toBeAttached();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('.brief-page h1')).toContainText(model(13).name_vi ?? '');
});
