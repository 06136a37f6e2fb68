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

// Runs in the page before any script: records when a map first shows its 63 shapes with their
// classes (the expected ones, where given; the map of the first screen counts while it shows), when DuckDB is ready, when the view is ready (no
// loading notice left), and every long task. Checked once a frame: the frame it holds in is the
// first that paints it.
const init = (expected?: Readonly<Record<string, string>>): string => `(() => {
  const expected = ${JSON.stringify(expected ?? null)};
  const marks = { longTasksAfterPaint: [] };
  window.__marks = marks;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-paint') marks.firstPaint = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (marks.firstPaint !== undefined && e.startTime >= marks.firstPaint) marks.longTasksAfterPaint.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  const shown = (p) => { const s = p.getAttribute('data-status'); return expected ? s === expected[p.getAttribute('data-province')] : Boolean(s) && s !== 'none'; };
  const check = () => {
    const now = performance.now();
    // The live map, or the build-time first screen's (while it shows).
    if (marks.firstMap === undefined) {
      for (const map of document.querySelectorAll('[data-testid="province-map"], [data-testid="first-screen-map"]')) {
        const paths = map.querySelectorAll('path[data-province]');
        if (map.checkVisibility() && paths.length === 63 && [...paths].every(shown)) marks.firstMap = now;
      }
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

/** A fresh context (empty cache) with the marks script installed; `expected`: the status each shape must show. */
export async function coldContext(browser: Browser, expected?: Readonly<Record<string, string>>): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await context.addInitScript(init(expected));
  return context;
}

/** Loads a route in a fresh context and waits for `until` of the marks (`firstMap`: with the `expected` statuses, where given). */
export async function coldLoad(browser: Browser, url: string, until: (keyof Marks)[], expected?: Readonly<Record<string, string>>): Promise<{ marks: Marks; page: Page; context: BrowserContext }> {
  const context = await coldContext(browser, expected);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((keys) => keys.every((k) => (window as unknown as { __marks: Record<string, unknown> }).__marks[k] !== undefined), until, { timeout: 60_000 });
  await page.waitForTimeout(300);  // let late long tasks report
  const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
  return { marks, page, context };
}

/**
 * Times, by the page's own clock, from an action to the frame that paints `done()` (input to
 * repainted screen), ms. The action waits until the page is idle (as a reader pauses between
 * clicks, so that the work one input leaves behind is not charged to the next). `done` is checked
 * at once, on every change of the document, and once a frame; the frame after it first holds is
 * the one that paints it.
 */
export async function timeInPage(page: Page, action: string, done: string): Promise<number> {
  // Passed as text: the benchmark runs under tsx, whose helpers do not exist in the page.
  return page.evaluate(`new Promise((idle) => requestIdleCallback(idle, { timeout: 1000 })).then(() => new Promise((resolve, reject) => {
    const ok = () => { try { return Boolean(${done}); } catch { return false; } };  // mid-render, nodes come and go
    let finished = false;
    const observer = new MutationObserver(() => check());
    const finish = (error) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      if (error) reject(error); else requestAnimationFrame(() => resolve(performance.now() - t0));
    };
    const check = () => { if (!finished && ok()) finish(); };
    const poll = () => {
      check();
      if (finished) return;
      if (performance.now() > t0 + 20000) { finish(new Error('timed out waiting for the screen to change')); return; }
      requestAnimationFrame(poll);
    };
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    (function () { ${action}; })();
    poll();
  }))`) as Promise<number>;
}

/**
 * Bytes transferred and decoded for one cold load, by kind, read from the DevTools protocol: the
 * requests made until DuckDB is ready (the views' code fetched ahead after that, while the reader
 * reads, is not the first screen's).
 */
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
  const asked = new Set<string>();
  let open = true;
  cdp.on('Network.requestWillBeSent', (e) => { if (open) asked.add(e.requestId); });
  cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, { kind: kindOf(e.response.url), url: e.response.url }));
  cdp.on('Network.dataReceived', (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  cdp.on('Network.loadingFinished', (e) => {
    if (!asked.has(e.requestId)) return;
    const { kind, url: from } = kinds.get(e.requestId) ?? { kind: 'other', url: '' };
    const slot = (out[kind] ??= { transferred: 0, decoded: 0, urls: [] });
    if (from) slot.urls.push(from);
    slot.transferred += e.encodedDataLength;
    slot.decoded += decoded.get(e.requestId) ?? 0;
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __marks: { dbReady?: number } }).__marks.dbReady !== undefined, undefined, { timeout: 60_000 });
  open = false;
  await page.waitForTimeout(500);  // what was asked before finishes
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
