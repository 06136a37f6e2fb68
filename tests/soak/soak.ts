/**
 * `npm run soak -- --minutes 60 --interval 1 --refresh 30`: runs the wall on the production build in
 * headless Chromium for N minutes, the playlist turning every `--interval` seconds and the data
 * checked every `--refresh` seconds, while the served `data/coverage.csv` alternates, one refresh
 * period each, between a good file (two good editions in turn, so the wall has new data to take up)
 * and one of the broken forms of tests/fixtures/broken-coverage.ts (truncated, HTML, binary, empty,
 * header only, another table, UTF-16, text in a number column, an error status).
 *
 * Once a minute, after a forced garbage collection, it records the JS heap, the DOM node count and
 * the event listener count. Throughout, the page watches its own scene: a scene without content
 * (no map, chart, figure or last good frame) for more than `--blank-ms` (2 s) counts as blank.
 * Prints the table and the trend, writes test-results/soak.json, and fails on a page error, a blank
 * scene, or (from 10 minutes on) a heap, node or listener count more than 10% above its value at the
 * end of the warm-up.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/node/build/chromium.ts';
import { BROKEN_COVERAGE, GOOD_COVERAGE, NEXT_COVERAGE } from '../fixtures/broken-coverage.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const minutes = arg('minutes', 30);
const interval = arg('interval', 1);
const refresh = arg('refresh', 30);
const blankMs = arg('blank-ms', 2000);
const port = arg('port', 4174);
const warmup = Math.min(5, Math.max(1, Math.floor(minutes / 3)));
const LIMIT = 1.1;

type Metric = 'heapMB' | 'nodes' | 'listeners';
interface Sample { minute: number; heapMB: number; nodes: number; listeners: number; scenes: number; served: string }
interface Blank { scene: string; ms: number; at: number }
interface Watch { scenes: number; blanks: Blank[]; longestGapMs: number; staleFrames: number }

if (!process.argv.includes('--no-build')) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
// Serve a copy of the build, so rebuilding the project meanwhile does not pull files from under the wall.
const served = mkdtempSync(resolve(tmpdir(), 'soak-dist-'));
cpSync(resolve(ROOT, 'dist'), served, { recursive: true });
const server = await preview({ root: resolve(ROOT, 'src'), configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir: served }, preview: { port, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
let failedRefreshes = 0;
let takenUp = 0;
page.on('console', (msg) => {
  const text = msg.text();
  if (text.startsWith('wall: data refresh failed')) failedRefreshes++;
  else if (text.startsWith('wall: data refreshed')) takenUp++;
});

// The served coverage file: period 0 good, 1 broken, 2 the next good edition, 3 broken, 4 good…
const started = Date.now();
let servedNow = 'good';
let brokenServed = 0;
await page.route('**/data/coverage.csv', (route) => {
  const period = Math.floor((Date.now() - started) / (refresh * 1000));
  if (period % 2 === 0) {
    servedNow = period % 4 === 0 ? 'good' : 'next good';
    return route.fulfill({ status: 200, body: period % 4 === 0 ? GOOD_COVERAGE : NEXT_COVERAGE, contentType: 'text/csv; charset=utf-8' });
  }
  const form = BROKEN_COVERAGE[((period - 1) / 2) % BROKEN_COVERAGE.length] ?? BROKEN_COVERAGE[0]!;
  servedNow = form.what;
  brokenServed++;
  return route.fulfill({ status: form.status, body: form.body, contentType: 'text/csv; charset=utf-8' });
});

const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`http://127.0.0.1:${port}/#/wall?interval=${interval}&refresh=${refresh}`);
await page.waitForSelector('[data-testid="db-ready"]', { state: 'attached', timeout: 60_000 });

// The page watches its own scene every 100 ms: what has content, and how long a scene went without.
await page.evaluate((limit) => {
  const watch: Watch = { scenes: 0, blanks: [], longestGapMs: 0, staleFrames: 0 };
  (window as unknown as { soakWatch: Watch }).soakWatch = watch;
  const CONTENT = 'svg path, canvas, .wall-figure, .wall-indicator, .wall-late, .wall-change';
  let scene = '';
  let stale = false;
  let emptySince: number | null = null;
  let counted = false;
  setInterval(() => {
    const el = document.querySelector('.wall-stage [data-scene]');
    const id = el?.getAttribute('data-scene') ?? '';
    if (id !== scene) { scene = id; watch.scenes++; counted = false; }
    const isStale = !!el?.querySelector('[data-testid="wall-stale"]');
    if (isStale && !stale) watch.staleFrames++;
    stale = isStale;
    if (el?.querySelector(CONTENT)) { emptySince = null; counted = false; return; }
    const now = performance.now();
    emptySince ??= now;
    const gap = now - emptySince;
    watch.longestGapMs = Math.max(watch.longestGapMs, Math.round(gap));
    if (gap > limit && !counted) { counted = true; watch.blanks.push({ scene: id || '(none)', ms: Math.round(gap), at: Math.round(now) }); }
  }, 100);
}, blankMs);
const watched = (): Promise<Watch> => page.evaluate(() => (window as unknown as { soakWatch: Watch }).soakWatch);

const samples: Sample[] = [];
const sample = async (minute: number): Promise<void> => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  const w = await watched();
  const s: Sample = { minute, heapMB: get('JSHeapUsedSize') / 2 ** 20, nodes: get('Nodes'), listeners: get('JSEventListeners'), scenes: w.scenes, served: servedNow };
  samples.push(s);
  console.log(`${String(minute).padStart(4)} min  heap ${s.heapMB.toFixed(2).padStart(7)} MB  nodes ${String(s.nodes).padStart(6)}  listeners ${String(s.listeners).padStart(5)}  ` +
    `scenes ${String(s.scenes).padStart(5)}  blank ${w.blanks.length}  refreshes failed ${failedRefreshes} / taken up ${takenUp}  serving: ${s.served}`);
};

console.log(`soak: wall at interval ${interval} s, data checked every ${refresh} s (good and broken coverage files in turn), for ${minutes} min`);
await sample(0);
for (let minute = 1; minute <= minutes; minute++) {
  await page.waitForTimeout(60_000);
  await sample(minute);
}
const watch = await watched();
if (watch.blanks.length > 0) await page.screenshot({ path: resolve(ROOT, 'test-results/soak-end.png') }).catch(() => undefined);

const last = samples[samples.length - 1];
const base = samples.find((s) => s.minute === warmup) ?? samples[0];
if (!base || !last) throw new Error('soak: no samples were taken');
const after = samples.filter((s) => s.minute >= warmup);
const slope = (key: Metric): number => {
  const n = after.length;
  const mx = after.reduce((a, s) => a + s.minute, 0) / n;
  const my = after.reduce((a, s) => a + s[key], 0) / n;
  const num = after.reduce((a, s) => a + (s.minute - mx) * (s[key] - my), 0);
  const den = after.reduce((a, s) => a + (s.minute - mx) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
};
const ratio = (key: Metric): number => last[key] / base[key];
const ratios = { heapMB: ratio('heapMB'), nodes: ratio('nodes'), listeners: ratio('listeners') };
const summary = {
  minutes, interval, refresh, blankMs, warmupMinute: warmup,
  scenesShown: watch.scenes, blankScenes: watch.blanks, longestGapMs: watch.longestGapMs, lastGoodFramesShown: watch.staleFrames,
  refreshes: { brokenFilesServed: brokenServed, failed: failedRefreshes, takenUp },
  atWarmup: base, atEnd: last, ratios,
  trendPerHour: { heapMB: slope('heapMB'), nodes: slope('nodes'), listeners: slope('listeners') },
  pageErrors: errors, samples,
};
const x = (v: number): string => `×${v.toFixed(3)}`;
console.log(`\nafter ${warmup} min → end: heap ${base.heapMB.toFixed(2)} → ${last.heapMB.toFixed(2)} MB (${x(ratios.heapMB)}), ` +
  `nodes ${base.nodes} → ${last.nodes} (${x(ratios.nodes)}), listeners ${base.listeners} → ${last.listeners} (${x(ratios.listeners)})`);
console.log(`trend after warm-up per hour: heap ${summary.trendPerHour.heapMB.toFixed(2)} MB, nodes ${summary.trendPerHour.nodes.toFixed(0)}, listeners ${summary.trendPerHour.listeners.toFixed(0)}`);
console.log(`${watch.scenes} scenes shown, ${watch.blanks.length} blank (longest time without content ${watch.longestGapMs} ms), last good frame shown ${watch.staleFrames} times; ` +
  `refreshes: ${brokenServed} broken files served, ${failedRefreshes} failed, ${takenUp} took up new data; page errors: ${errors.length}`);
for (const e of errors.slice(0, 10)) console.log(`  page error: ${e}`);
for (const b of watch.blanks.slice(0, 10)) console.log(`  blank: ${b.scene} for ${b.ms} ms at ${(b.at / 1000).toFixed(0)} s`);
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
writeFileSync(resolve(ROOT, 'test-results/soak.json'), `${JSON.stringify(summary, null, 1)}\n`);
await browser.close();
await new Promise<void>((done) => server.httpServer.close(() => done()));
rmSync(served, { recursive: true, force: true });

const grew = (Object.keys(ratios) as Metric[]).filter((k) => minutes >= 10 && !(ratios[k] <= LIMIT));
const ok = errors.length === 0 && watch.blanks.length === 0 && grew.length === 0;
console.log(ok ? 'soak: passed' : `soak: FAILED (${[
  errors.length > 0 ? `${errors.length} page errors` : '',
  watch.blanks.length > 0 ? `${watch.blanks.length} blank scenes` : '',
  grew.length > 0 ? `${grew.join(', ')} grew more than 10% after warm-up` : '',
].filter(Boolean).join('; ')})`);
process.exit(ok ? 0 : 1);
