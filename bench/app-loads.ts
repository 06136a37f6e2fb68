/**
 * Cold loads of the dashboard, each in a fresh browser context: the overview and the deep link to a
 * model against the static floor page (measured alternately, app, floor, app, floor …), every
 * view's first render, what the first screen transfers, and the heap after load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';
import { coldLoad, heapAfterLoad, transfer } from './page-metrics.ts';
import { median, summarise, type Result } from './stats.ts';

const FLOOR = 'floor page';

/** The map's cold loads: overview and `#/model/<deepModel>` as ratios to the floor page, DuckDB ready, long tasks. */
export async function mapLoads(browser: Browser, app: string, floor: string, runs: number, deepModel: number, deepStatuses: Readonly<Record<string, string>>): Promise<Result[]> {
  const overview: number[] = [];
  const deep: number[] = [];
  const floors: number[] = [];
  const dbReady: number[] = [];
  const longTasks: number[] = [];
  const floorLoad = async (): Promise<void> => {
    const { marks, context } = await coldLoad(browser, floor, ['firstMap']);
    floors.push(marks.firstMap ?? NaN);
    await context.close();
  };
  for (let i = 0; i < runs; i++) {
    const o = await coldLoad(browser, `${app}#/`, ['firstMap', 'dbReady']);
    overview.push(o.marks.firstMap ?? NaN);
    dbReady.push(o.marks.dbReady ?? NaN);
    longTasks.push(Math.max(0, ...o.marks.longTasksAfterPaint));
    await o.context.close();
    await floorLoad();
    const d = await coldLoad(browser, `${app}#/model/${deepModel}`, ['firstMap'], deepStatuses);
    deep.push(d.marks.firstMap ?? NaN);
    await d.context.close();
    await floorLoad();
  }
  const ratio = (values: number[]): { value: number; to: string } => ({ value: median(values) / median(floors), to: FLOOR });
  return [
    summarise('static floor page: cold load → 63 shapes with their class', 'ms', floors),
    summarise('overview: cold load → 63 shapes with their class', 'ms', overview,
      { ratio: ratio(overview), budget: { on: 'ratio', op: '≤', value: 2.5 }, aim: { on: 'ratio', op: '≤', value: 1.5 } }),
    summarise(`deep link #/model/${deepModel}: cold load → 63 shapes with their status`, 'ms', deep,
      { ratio: ratio(deep), budget: { on: 'ratio', op: '≤', value: 3 }, aim: { on: 'ratio', op: '≤', value: 2 } }),
    summarise('overview: cold load → DuckDB ready', 'ms', dbReady, { budget: { on: 'median', op: '≤', value: 2500 } }),
    summarise('overview: longest task after first paint (per load)', 'ms', longTasks, { budget: { on: 'max', op: '≤', value: 200 } }),
  ];
}

const VIEWS = [['overview', '#/'], ['model 13', '#/model/13'], ['models', '#/model'], ['province VN-31', '#/province/VN-31'], ['provinces', '#/province'],
  ['difficulties', '#/difficulties'], ['quality', '#/quality'], ['data', '#/data'], ['wall', '#/wall?refresh=3600']] as const;

/** Every view's first render, cold (its title shown and no loading notice left). */
export async function viewLoads(browser: Browser, app: string, runs: number): Promise<Result[]> {
  const out: Result[] = [];
  for (const [name, hash] of VIEWS) {
    const values: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { marks, context } = await coldLoad(browser, `${app}${hash}`, ['viewReady']);
      values.push(marks.viewReady ?? NaN);
      await context.close();
    }
    out.push(summarise(`cold load → ${name} rendered`, 'ms', values));
  }
  return out;
}

/** What the first screen transfers (by kind; the app's JavaScript in gzip terms, the DuckDB engine apart), and the JS heap after load. */
export async function sizes(browser: Browser, app: string, appDir: string, runs: number): Promise<Result[]> {
  const out: Result[] = [];
  const one = (name: string, unit: string, v: number, budget?: number): void => {
    out.push(summarise(name, unit, [v], budget === undefined ? {} : { budget: { on: 'median', op: '≤', value: budget } }));
  };
  const bytes = await transfer(browser, `${app}#/`);
  for (const [kind, v] of Object.entries(bytes)) {
    one(`first screen ${kind}, transferred (brotli where accepted)`, 'KB', v.transferred / 1024);
    one(`first screen ${kind}, decoded`, 'KB', v.decoded / 1024);
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
  const engineWorker = assets.filter((f) => /^duckdb-browser-eh\.worker-.*\.js$/.test(f)).map((f) => `${app}assets/${f}`);
  one('first screen js, gzipped (the app, without the DuckDB engine)', 'KB', gzipped(jsUrls.filter((u) => !isEngine(u))) / 1024, 350);
  one('first screen js, gzipped (all, the DuckDB client included)', 'KB', gzipped(jsUrls) / 1024);
  one('DuckDB engine js, gzipped (client in the page + worker)', 'KB', gzipped([...jsUrls.filter(isEngine), ...engineWorker]) / 1024);
  // The worker fetches the wasm itself, out of the page's sight: its sizes on disk.
  const wasm = assets.find((f) => f.endsWith('.wasm'));
  for (const [label, suffix] of [['raw', ''], ['brotli', '.br'], ['gzip', '.gz']] as const) {
    const file = resolve(appDir, 'assets', `${wasm}${suffix}`);
    if (wasm && existsSync(file)) one(`DuckDB wasm (fetched once by the worker), ${label}`, 'KB', statSync(file).size / 1024);
  }
  const heap: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i++) heap.push(await heapAfterLoad(browser, `${app}#/`));
  out.push(summarise('JS heap after load', 'MB', heap));
  return out;
}
