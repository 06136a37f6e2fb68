/**
 * `npm run soak -- --minutes 30 --interval 1`: runs the wall on the production build in headless
 * Chromium for N minutes at an accelerated interval and records, once a minute after a forced
 * garbage collection, the JS heap, the DOM node count and the event listener count. Prints the
 * table and the trend, writes test-results/soak.json, and fails if the heap at the end is more
 * than 10% above the heap after the first five minutes.
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/build/chromium.ts';
import { preview } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
};
const minutes = arg('minutes', 30);
const interval = arg('interval', 1);
const refresh = arg('refresh', 60);
const warmup = Math.min(5, Math.max(1, Math.floor(minutes / 3)));

interface Sample { minute: number; heapMB: number; nodes: number; listeners: number; scenes: number }

if (!process.argv.includes('--no-build')) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
// Serve a copy of the build, so rebuilding the project meanwhile does not pull files from under the wall.
const served = mkdtempSync(resolve(tmpdir(), 'soak-dist-'));
cpSync(resolve(ROOT, 'dist'), served, { recursive: true });
const server = await preview({ root: resolve(ROOT, 'src'), configFile: resolve(ROOT, 'vite.config.ts'), build: { outDir: served }, preview: { port: 4174, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
const errors: string[] = [];
page.on('pageerror', (e) => errors.push(e.message));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

let scenesShown = 0;
await page.exposeFunction('soakScene', () => { scenesShown++; });
await page.goto(`http://127.0.0.1:4174/#/wall?interval=${interval}&refresh=${refresh}`);
await page.waitForSelector('[data-testid="db-ready"]', { state: 'attached', timeout: 60_000 });
// Count scene changes from inside the page.
await page.evaluate(() => {
  let last = '';
  new MutationObserver(() => {
    const id = document.querySelector('[data-scene]')?.getAttribute('data-scene') ?? '';
    if (id && id !== last) { last = id; void (window as unknown as { soakScene: () => Promise<void> }).soakScene(); }
  }).observe(document.body, { subtree: true, childList: true });
});

const samples: Sample[] = [];
const sample = async (minute: number): Promise<void> => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  const s = { minute, heapMB: get('JSHeapUsedSize') / 2 ** 20, nodes: get('Nodes'), listeners: get('JSEventListeners'), scenes: scenesShown };
  samples.push(s);
  console.log(`${String(minute).padStart(4)} min  heap ${s.heapMB.toFixed(2).padStart(7)} MB  nodes ${String(s.nodes).padStart(6)}  listeners ${String(s.listeners).padStart(5)}  scenes shown ${s.scenes}`);
};

console.log(`soak: wall at interval ${interval} s, data refresh every ${refresh} s, for ${minutes} min`);
await sample(0);
for (let minute = 1; minute <= minutes; minute++) {
  await page.waitForTimeout(60_000);
  await sample(minute);
}

const base = samples.find((s) => s.minute === warmup) ?? samples[0];
const last = samples[samples.length - 1];
const after = samples.filter((s) => s.minute >= warmup);
const slope = (key: 'heapMB' | 'nodes' | 'listeners'): number => {
  const n = after.length;
  const mx = after.reduce((a, s) => a + s.minute, 0) / n;
  const my = after.reduce((a, s) => a + s[key], 0) / n;
  const num = after.reduce((a, s) => a + (s.minute - mx) * (s[key] - my), 0);
  const den = after.reduce((a, s) => a + (s.minute - mx) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60;
};
const ratio = base && last ? last.heapMB / base.heapMB : NaN;
const summary = {
  minutes, interval, refresh, warmupMinute: warmup, scenesShown,
  heapAfterWarmupMB: base?.heapMB, heapEndMB: last?.heapMB, heapRatio: ratio,
  trendPerHour: { heapMB: slope('heapMB'), nodes: slope('nodes'), listeners: slope('listeners') },
  pageErrors: errors, samples,
};
console.log(`\nheap after ${warmup} min ${base?.heapMB.toFixed(2)} MB → end ${last?.heapMB.toFixed(2)} MB (×${ratio.toFixed(3)}); ` +
  `trend after warm-up per hour: heap ${summary.trendPerHour.heapMB.toFixed(2)} MB, nodes ${summary.trendPerHour.nodes.toFixed(0)}, listeners ${summary.trendPerHour.listeners.toFixed(0)}; ` +
  `${scenesShown} scenes shown; page errors: ${errors.length}`);
mkdirSync(resolve(ROOT, 'test-results'), { recursive: true });
writeFileSync(resolve(ROOT, 'test-results/soak.json'), `${JSON.stringify(summary, null, 1)}\n`);
await browser.close();
await new Promise<void>((done) => server.httpServer.close(() => done()));
const ok = errors.length === 0 && (minutes < 10 || ratio <= 1.1);
console.log(ok ? 'soak: passed' : 'soak: FAILED (heap grew more than 10% after warm-up, or the page threw)');
process.exit(ok ? 0 : 1);
