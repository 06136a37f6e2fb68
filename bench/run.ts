/**
 * `npm run bench`: builds the app, serves it as `npm start` does, drives headless Chromium and
 * prints min / median / p95 of each measure, then writes bench/results.json. Options:
 * `--runs 5` cold runs per load measure, `--no-build`, `--scale-rows 10000000`, `--no-scale`,
 * `--no-engine` (skip DuckDB beside Arquero), `--dist <dir>` (measure another build, e.g. an older
 * commit's), `--out <file>` (instead of bench/results.json).
 * A benchmark, not a test: it prints figures and the budgets of issue 7 beside them.
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../src/build/chromium.ts';
import { serve } from '../src/build/serve.ts';
import { coldLoad, heapAfterLoad, timeInPage, transfer } from './page-metrics.ts';
import { summarise, table, type Judged, type Result } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const num = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const RUNS = num('runs', 5);
const text = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const DIST = resolve(text('dist') ?? resolve(ROOT, 'dist'));
const OUT = resolve(text('out') ?? resolve(ROOT, 'bench/results.json'));
const ENGINE = !flag('no-engine');
const SCALE_ROWS = num('scale-rows', 10_000_000);
const REPS = 20;
const results: Result[] = [];
const push = (name: string, unit: string, values: number[], budget?: number, judgedOn?: Judged): void => {
  results.push(summarise(name, unit, values, budget, judgedOn));
  console.log(`  ${name}: ${values.map((v) => v.toFixed(1)).join(', ')}`);
};

if (!flag('no-build')) {
  execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx vite build -c bench/vite.config.ts', { cwd: ROOT, stdio: 'inherit' });
}
// Serve copies, so a rebuild meanwhile cannot pull files from under the benchmark.
const appDir = mkdtempSync(resolve(tmpdir(), 'bench-app-'));
cpSync(DIST, appDir, { recursive: true });
const engineDir = mkdtempSync(resolve(tmpdir(), 'bench-engine-'));
cpSync(resolve(ROOT, 'bench/tmp/engine-dist'), engineDir, { recursive: true });

let scaleFiles: { rows: number; csv: string; arrow: string } | null = null;
if (ENGINE && !flag('no-scale')) {
  const rows = 44 * 24 * Math.max(1, Math.round(SCALE_ROWS / (44 * 24)));
  const base = resolve(ROOT, `bench/tmp/scale-${rows}`);
  if (!existsSync(`${base}.arrow`)) execSync(`npx tsx bench/scale/gen.ts --rows ${SCALE_ROWS}`, { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(resolve(engineDir, 'scale'), { recursive: true });
  for (const ext of ['csv', 'arrow']) linkSync(`${base}.${ext}`, resolve(engineDir, 'scale', `scale.${ext}`));
  scaleFiles = { rows, csv: 'scale.csv', arrow: 'scale.arrow' };
}

const app = await serve(appDir, 4175);
const engine = await serve(engineDir, 4176, '127.0.0.1', false);  // Arquero compiles with eval, which the app's CSP forbids
const APP = 'http://127.0.0.1:4175/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const chromiumVersion = browser.version();

// 1. Cold loads of the first screen.
const firstMap: number[] = [];
const dbReady: number[] = [];
const longTasks: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const { marks, context } = await coldLoad(browser, `${APP}#/`, ['firstMap', 'dbReady']);
  firstMap.push(marks.firstMap ?? NaN);
  dbReady.push(marks.dbReady ?? NaN);
  longTasks.push(Math.max(0, ...marks.longTasksAfterPaint));
  await context.close();
}
push('cold load → first map with statuses', 'ms', firstMap, 1000, 'median');
push('cold load → DuckDB ready', 'ms', dbReady, 2500);
push('longest task after first paint (per load)', 'ms', longTasks, 200, 'max');

// 2. Every view's first render, cold.
for (const [name, hash] of [['overview', '#/'], ['model 13', '#/model/13'], ['models', '#/model'], ['province VN-31', '#/province/VN-31'],
  ['provinces', '#/province'], ['difficulties', '#/difficulties'], ['quality', '#/quality'], ['data', '#/data'], ['wall', '#/wall?refresh=3600']] as const) {
  const values: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { marks, context } = await coldLoad(browser, `${APP}${hash}`, ['viewReady']);
    values.push(marks.viewReady ?? NaN);
    await context.close();
  }
  push(`cold load → ${name} rendered`, 'ms', values);
}

// 3. Interactions, on a warm page, from input to repainted screen.
const warm = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
// The map clears its measures as it makes them (a wall keeps none); an observer still sees each.
await warm.addInitScript(() => {
  const w = window as unknown as { restyles: number[] };
  w.restyles = [];
  new PerformanceObserver((list) => { for (const e of list.getEntriesByName('map-restyle')) w.restyles.push(e.duration); }).observe({ type: 'measure' });
});
const page: Page = await warm.newPage();
const ready = (hash: string, selector: string) => async (): Promise<void> => {
  await page.bringToFront();  // requestAnimationFrame runs only in the page in front
  await page.goto('about:blank');  // a full load each time (a hash-only goto is a same-document navigation)
  await page.goto(`${APP}${hash}`);
  await page.waitForSelector('[data-testid="db-ready"]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector(selector, { timeout: 30_000 });
};
const statusesOf = (no: number): string => `document.querySelector('h1')?.textContent?.includes('${no}:') && document.querySelectorAll('[data-testid="province-map"] path[data-status]:not([data-status="none"])').length === 63`;

await ready('#/model/13', '[data-testid="province-map"] path[data-status]')();
const modelFirst: number[] = [];
const modelCached: number[] = [];
const models = [14, 15, 16, 17, 18, 19, 20, 21, 22, 13];
for (const no of models) modelFirst.push(await timeInPage(page, `location.hash = '#/model/${no}'`, statusesOf(no)));
await page.evaluate(() => { (window as unknown as { restyles: number[] }).restyles = []; });
for (let i = 0; i < REPS; i++) { const no = models[i % models.length] ?? 13; modelCached.push(await timeInPage(page, `location.hash = '#/model/${no}'`, statusesOf(no))); }
// The map's own measure (ProvinceMap): restyling the 63 shapes, tooltips and labels for a new model.
const restyle = await page.evaluate(() => (window as unknown as { restyles: number[] }).restyles);
push('change model (first time: queries run)', 'ms', modelFirst, 50, 'p95');
push('change model, answers cached', 'ms', modelCached, 50, 'p95');
push('map restyle of 63 shapes (in-page measure)', 'ms', restyle, 16, 'p95');

const hover: number[] = [];
for (let i = 0; i < REPS; i++) {
  const code = i % 2 ? 'VN-31' : 'VN-HN';
  hover.push(await timeInPage(page, `document.querySelector('path[data-province="${code}"]').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }))`,
    `document.querySelector('path[data-province="${code}"]').getAttribute('stroke-width') === '3'`));
  await page.evaluate((c) => document.querySelector(`path[data-province="${c}"]`)?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true })), code);
}
push('hover a province (highlight)', 'ms', hover, 16, 'p95');

const csv: number[] = [];
for (let batch = 0; batch * 8 < REPS; batch++) {
  // Chromium asks before the 11th download from one page: a fresh page every 8.
  const own = await warm.newPage();
  await own.goto(`${APP}#/model/13`);
  await own.waitForSelector('[data-testid="province-map"] path[data-status]', { timeout: 60_000 });
  for (let i = batch * 8; i < Math.min(REPS, batch * 8 + 8); i++) {
    const t = performance.now();
    await Promise.all([own.waitForEvent('download'), own.locator('[data-testid="download-csv"]').first().click()]);
    csv.push(performance.now() - t);
  }
  await own.close();
}
push('export CSV (click → download)', 'ms', csv, 50, 'p95');

await ready('#/', '[data-group="II"]')();
const group: number[] = [];
const kpi = `document.querySelector('[data-testid="kpi-cells"] .kpi-value').textContent`;
for (let i = 0; i < REPS; i++) {
  const g = ['II', 'IV', 'I', 'V'][i % 4];
  group.push(await timeInPage(page, `window.__before = ${kpi}; document.querySelector('[data-group="${g}"]').click()`, `${kpi} !== window.__before`));
  await timeInPage(page, `window.__before = ${kpi}; document.querySelector('[data-group="${g}"]').click()`, `${kpi} !== window.__before`);
}
push('filter by group (overview)', 'ms', group, 50, 'p95');

await ready('#/model', '[data-testid="model-list"] tbody tr')();
const route: number[] = [];
for (let i = 0; i < REPS; i++) {
  const [href, done] = i % 2 === 0
    ? ['#/province', `document.querySelectorAll('[data-testid="province-list"] tbody tr').length === 63`]
    : ['#/model', `document.querySelectorAll('[data-testid="model-list"] tbody tr').length === 44`];
  route.push(await timeInPage(page, `document.querySelector('.main-nav a[href^="${href}"]').click()`, done));
}
push('switch route (models ⇄ provinces)', 'ms', route, 50, 'p95');

// 4. Transfer and memory.
const bytes = await transfer(browser, `${APP}#/`);
for (const [kind, v] of Object.entries(bytes)) {
  results.push(summarise(`first screen ${kind}, transferred (brotli where accepted)`, 'KB', [v.transferred / 1024]));
  results.push(summarise(`first screen ${kind}, decoded`, 'KB', [v.decoded / 1024]));
}
// The budget is in gzip terms: the .gz twins the server would send to a browser without brotli.
const gzipped = (urls: readonly string[]): number => urls.reduce((sum, u) => {
  const file = resolve(appDir, `.${new URL(u).pathname}`);
  return sum + (existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : gzipSync(readFileSync(file), { level: 9 }).length);
}, 0);
// The DuckDB engine is not on the first screen's path (it starts beside it, and the screen shows
// the build-time snapshot until it is ready): its JavaScript is reported apart, like its wasm.
const jsUrls = bytes.js?.urls ?? [];
const isEngine = (u: string): boolean => /\/assets\/duckdb-browser-[^/]*\.js$/.test(new URL(u).pathname);
const assets = readdirSync(resolve(appDir, 'assets'));
const engineWorker = assets.filter((f) => /^duckdb-browser-eh\.worker-.*\.js$/.test(f)).map((f) => `${APP}assets/${f}`);
results.push(summarise('first screen js, gzipped (the app, without the DuckDB engine)', 'KB', [gzipped(jsUrls.filter((u) => !isEngine(u))) / 1024], 350));
results.push(summarise('first screen js, gzipped (all, the DuckDB client included)', 'KB', [gzipped(jsUrls) / 1024]));
results.push(summarise('DuckDB engine js, gzipped (client in the page + worker)', 'KB', [gzipped([...jsUrls.filter(isEngine), ...engineWorker]) / 1024]));
// The worker fetches the wasm itself, out of the page's sight: its sizes on disk.
const wasm = assets.find((f) => f.endsWith('.wasm'));
if (wasm) {
  for (const [label, suffix] of [['raw', ''], ['brotli', '.br'], ['gzip', '.gz']] as const) {
    const file = resolve(appDir, 'assets', `${wasm}${suffix}`);
    if (existsSync(file)) results.push(summarise(`DuckDB wasm (fetched once by the worker), ${label}`, 'KB', [statSync(file).size / 1024]));
  }
}
const heap: number[] = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) heap.push(await heapAfterLoad(browser, `${APP}#/`));
push('JS heap after load', 'MB', heap);

// 5. DuckDB-WASM beside Arquero, in the page.
if (ENGINE) {
const ePage = await (await browser.newContext()).newPage();
await ePage.goto('http://127.0.0.1:4176/');
await ePage.waitForSelector('#status[data-ready]');
type Bench = { ready: () => Promise<number>; seed: (n: number) => Promise<{ duck: number[]; arquero: number[] }>;
  loadScale: (f: string, fmt: 'csv' | 'arrow', aq: boolean) => Promise<{ duck: number; arquero: number | null; bytes: number }>;
  scaleQueries: (n: number) => Promise<Record<string, { duck: number[]; arquero: number[] }>>; dropScale: () => Promise<void> };
await ePage.evaluate(async () => (window as unknown as { bench: Bench }).bench.ready());
const seed = await ePage.evaluate(async () => (window as unknown as { bench: Bench }).bench.seed(40));
push('seed: models per province by group — DuckDB', 'ms', seed.duck.slice(4), 50, 'p95');
push('seed: models per province by group — Arquero', 'ms', seed.arquero.slice(4), 50, 'p95');
results.push(summarise('seed: Arquero / DuckDB (median ratio)', '×', [summarise('', '', seed.arquero.slice(4)).median / summarise('', '', seed.duck.slice(4)).median]));

if (scaleFiles) {
  const rows = scaleFiles.rows;
  const label = `${(rows / 1e6).toFixed(2)}M rows`;
  const arrowLoads: number[] = [];
  const csvLoads: number[] = [];
  let aqArrow: number | null = null;
  let sizes = { csv: 0, arrow: 0 };
  for (let i = 0; i < 2; i++) {
    const c = await ePage.evaluate(async () => (window as unknown as { bench: Bench }).bench.loadScale('scale.csv', 'csv', false));
    csvLoads.push(c.duck); sizes = { ...sizes, csv: c.bytes };
    const a = await ePage.evaluate(async () => (window as unknown as { bench: Bench }).bench.loadScale('scale.arrow', 'arrow', true));
    arrowLoads.push(a.duck); sizes = { ...sizes, arrow: a.bytes }; aqArrow = a.arquero;
  }
  push(`scale ${label}: load CSV into DuckDB (${(sizes.csv / 2 ** 20).toFixed(0)} MB)`, 'ms', csvLoads);
  push(`scale ${label}: load Arrow IPC into DuckDB (${(sizes.arrow / 2 ** 20).toFixed(0)} MB)`, 'ms', arrowLoads);
  if (aqArrow !== null) push(`scale ${label}: load Arrow IPC into Arquero`, 'ms', [aqArrow]);
  const q = await ePage.evaluate(async () => (window as unknown as { bench: Bench }).bench.scaleQueries(10));
  for (const [name, v] of Object.entries(q)) {
    push(`scale ${label}: ${name} — DuckDB`, 'ms', v.duck, name === 'filterAggregate' ? 300 : undefined, 'p95');
    if (v.arquero.length) {
      push(`scale ${label}: ${name} — Arquero`, 'ms', v.arquero);
      results.push(summarise(`scale ${label}: ${name} Arquero / DuckDB (median ratio)`, '×', [summarise('', '', v.arquero).median / summarise('', '', v.duck).median]));
    }
  }
}

}

await browser.close();
app.close();
engine.close();

console.log(`\n${table(results)}\n`);
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion, date: new Date().toISOString() };
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
writeFileSync(OUT, `${JSON.stringify({ app: pkg.version, machine, runs: RUNS, results }, null, 1)}\n`);
console.log(`${OUT} written (${machine.cpus} cores, ${machine.memoryGB} GB, ${machine.chromium})`);
