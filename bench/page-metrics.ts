/** What the benchmark measures in the dashboard itself: cold loads, view renders, interactions, transfer, heap. */
import type { Browser, BrowserContext, Page } from 'playwright';

/** Marks recorded inside the page, in ms since navigation start. */
export interface Marks {
  firstPaint?: number;
  firstMap?: number;
  dbReady?: number;
  viewReady?: number;
  longTasksAfterPaint: number[];
}

// Runs in the page before any script: records when the map first shows its 63 statuses, when
// DuckDB is ready, when the view is ready (no loading notice left), and every long task.
const INIT = `(() => {
  const marks = { longTasksAfterPaint: [] };
  window.__marks = marks;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-paint') marks.firstPaint = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (marks.firstPaint !== undefined && e.startTime >= marks.firstPaint) marks.longTasksAfterPaint.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const now = performance.now();
    if (marks.firstMap === undefined) {
      const paths = document.querySelectorAll('[data-testid="province-map"] path[data-province]');
      if (paths.length === 63 && [...paths].every((p) => { const s = p.getAttribute('data-status'); return s && s !== 'none'; })) marks.firstMap = now;
    }
    if (marks.dbReady === undefined && document.querySelector('[data-testid="db-ready"]')) marks.dbReady = now;
    if (marks.viewReady === undefined) {
      const h1 = document.querySelector('main h1, .wall-title');
      if (h1 && !document.querySelector('main .notice-loading, main .notice-error')) marks.viewReady = now;
    }
    if (marks.firstMap === undefined || marks.dbReady === undefined || marks.viewReady === undefined) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** A fresh context (empty cache) with the marks script installed. */
export async function coldContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(INIT);
  return context;
}

/** Loads a route in a fresh context and waits for `until` of the marks. */
export async function coldLoad(browser: Browser, url: string, until: (keyof Marks)[]): Promise<{ marks: Marks; page: Page; context: BrowserContext }> {
  const context = await coldContext(browser);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((keys) => keys.every((k) => (window as unknown as { __marks: Record<string, unknown> }).__marks[k] !== undefined), until, { timeout: 60_000 });
  await page.waitForTimeout(300);  // let late long tasks report
  const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
  return { marks, page, context };
}

/** Times, in the page, from an action to the frame after `done()` holds (input to repainted screen), ms. */
export async function timeInPage(page: Page, action: string, done: string): Promise<number> {
  // Passed as text: the benchmark runs under tsx, whose helpers do not exist in the page.
  return page.evaluate(`new Promise((resolve, reject) => {
    const t0 = performance.now();
    (function () { ${action}; })();
    const limit = t0 + 20000;
    const ok = () => { try { return Boolean(${done}); } catch { return false; } };  // mid-render, nodes come and go
    const poll = () => {
      if (ok()) { requestAnimationFrame(() => resolve(performance.now() - t0)); return; }
      if (performance.now() > limit) { reject(new Error('timed out waiting for the screen to change')); return; }
      requestAnimationFrame(poll);
    };
    poll();
  })`) as Promise<number>;
}

/** Bytes transferred and decoded for one cold load, by kind, read from the DevTools protocol. */
export async function transfer(browser: Browser, url: string): Promise<Record<string, { transferred: number; decoded: number; urls: string[] }>> {
  const context = await coldContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map<string, { kind: string; url: string }>();
  const out: Record<string, { transferred: number; decoded: number; urls: string[] }> = {};
  const kindOf = (u: string): string => (/\.wasm(\?|$)/.test(u) ? 'wasm' : /\.m?js(\?|$)/.test(u) ? 'js' : /\.css(\?|$)/.test(u) ? 'css'
    : /\.(csv|json|geojson)(\?|$)/.test(u) ? 'data' : 'other');
  const decoded = new Map<string, number>();
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, { kind: kindOf(e.response.url), url: e.response.url }));
  cdp.on('Network.dataReceived', (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const { kind, url: from } = kinds.get(e.requestId) ?? { kind: 'other', url: '' };
    const slot = (out[kind] ??= { transferred: 0, decoded: 0, urls: [] });
    if (from) slot.urls.push(from);
    slot.transferred += e.encodedDataLength;
    slot.decoded += decoded.get(e.requestId) ?? 0;
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __marks: { dbReady?: number } }).__marks.dbReady !== undefined, undefined, { timeout: 60_000 });
  await page.waitForTimeout(500);
  await context.close();
  return out;
}

/** JS heap in use after load and a forced garbage collection, MB. */
export async function heapAfterLoad(browser: Browser, url: string): Promise<number> {
  const { page, context } = await coldLoad(browser, url, ['dbReady', 'firstMap']);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await context.close();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}
