/**
 * Drives the engine page (bench/engine): DuckDB-WASM beside Arquero at seed scale, and on the
 * generated table at scale, loaded as it is and by the scale path (src/data/scale-path.ts), with
 * load, pre-aggregation and memory reported beside the questions' times.
 */
import type { Browser, Page } from 'playwright';
import type { EngineBench } from './engine/engine.ts';
import type { ScaleForm } from './engine/scale.ts';
import { median, summarise, type Judging, type Result } from './stats.ts';

type Bench = { bench: EngineBench };
const MB = 2 ** 20;

/** Memory of the page's JavaScript after a garbage collection: heap plus array buffers (Arquero's columns and the Arrow file), MB. */
async function pageMemory(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return (usedSize + backingStorageSize) / MB;
}

/** The seed-scale figures: the overview's question, the app's own DuckDB beside Arquero. */
async function seed(page: Page): Promise<Result[]> {
  await page.evaluate(async () => (window as unknown as Bench).bench.seedReady());
  const s = await page.evaluate(async () => (window as unknown as Bench).bench.seedQueries(40));
  const [duck, arquero] = [s.duck.slice(4), s.arquero.slice(4)];  // the first answers warm both up
  const p95 = { budget: { on: 'p95', op: '≤', value: 50 } } as const;
  return [
    summarise('seed: models per province by group — DuckDB', 'ms', duck, p95),
    summarise('seed: models per province by group — Arquero', 'ms', arquero, p95),
    speedUp('seed: speed-up of DuckDB', duck, arquero, 'faster than Arquero'),
  ];
}

/** A line "DuckDB is N× `to`" (e.g. faster than Arquero): the reference's median over DuckDB's. */
function speedUp(name: string, duck: readonly number[], reference: readonly number[], to: string, judging: Omit<Judging, 'ratio'> = {}): Result {
  const value = median(reference) / median(duck);
  return summarise(name, '×', [value], { ...judging, ratio: { value, to } });
}

/** The questions (bench/engine/scale.ts asks them; bench/README.md says what each is). */
const QUESTIONS = { filterAggregate: 'filtered aggregate', monthlySeries: 'monthly series', statusTotals: 'status totals' } as const;

const FORMS: Record<ScaleForm, string> = {
  duckRaw: 'DuckDB as loaded',
  duckRows: 'DuckDB scale path (sorted rows)',
  duckByCell: 'DuckDB pre-aggregate',
  aqRaw: 'Arquero (filter, rollup)',
  aqByCell: 'Arquero pre-aggregate',
};

/** The scale figures on the files served as scale/scale.{csv,arrow}, `reps` answers of each question in each form. */
async function scale(page: Page, rows: number, reps: number): Promise<Result[]> {
  const label = `${(rows / 1e6).toFixed(rows >= 1e7 ? 0 : 2)}M rows`;
  const out: Result[] = [];
  const one = (name: string, unit: string, v: number): void => { out.push(summarise(`${label}: ${name}`, unit, [v])); };
  const csv = await page.evaluate(async () => (window as unknown as Bench).bench.scaleCsvLoad('scale/scale.csv'));
  one(`load CSV into DuckDB (read_csv, ${(csv.bytes / MB).toFixed(0)} MB)`, 'ms', csv.ms);
  const before = await pageMemory(page);
  const load = await page.evaluate(async () => (window as unknown as Bench).bench.scaleLoad('scale/scale.arrow'));
  console.log(`  ${label} as DuckDB inserts the Arrow file: ${Object.entries(load.types).map(([c, t]) => `${c} ${t}`).join(', ')}`);
  one(`load Arrow IPC into DuckDB as it is (${(load.bytes / MB).toFixed(0)} MB)`, 'ms', load.duckInsert);
  one('load Arrow IPC into Arquero (fromArrow; columns decode on first use)', 'ms', load.aqLoad);
  one('DuckDB memory, as loaded', 'MB', load.duckMemory / MB);
  const asLoaded = await page.evaluate(async (n) => (window as unknown as Bench).bench.scaleQueries(['duckRaw', 'aqRaw'], n), reps);
  const store = await page.evaluate(async () => (window as unknown as Bench).bench.scaleStore());
  one('scale path: insert Arrow IPC into typed columns (ENUMs), DuckDB', 'ms', store.stage);
  one('scale path: sort by model, month, province, DuckDB', 'ms', store.sort);
  const pre = await page.evaluate(async () => (window as unknown as Bench).bench.scalePreAggregate());
  one(`scale path: pre-aggregate model × month × province × status (${pre.cells} rows), DuckDB`, 'ms', pre.duck);
  one('the same pre-aggregate, Arquero (groupby, rollup)', 'ms', pre.arquero);
  one('DuckDB memory, scale path (sorted rows + pre-aggregate)', 'MB', pre.duckMemory / MB);
  one('page memory of Arquero\'s tables and their Arrow file (heap + buffers)', 'MB', (await pageMemory(page)) - before);
  const path = await page.evaluate(async (n) => (window as unknown as Bench).bench.scaleQueries(['duckRows', 'duckByCell', 'aqRaw', 'aqByCell'], n), reps);
  for (const [q, title] of Object.entries(QUESTIONS)) {
    const t = (from: typeof path, f: ScaleForm): number[] => from.times[q]?.[f] ?? [];
    const judged = q === 'filterAggregate';
    const line = (form: ScaleForm, from: typeof path, judging: Judging = {}): Result => summarise(`${label}, ${title}: ${FORMS[form]}`, 'ms', t(from, form), judging);
    out.push(
      line('duckRaw', asLoaded),
      line('duckRows', path, judged ? { budget: { on: 'p95', op: '≤', value: 50 } } : {}),
      line('duckByCell', path),
      line('aqRaw', path),
      line('aqByCell', path),
      speedUp(`${label}, ${title}: speed-up of DuckDB as loaded (same round)`, t(asLoaded, 'duckRaw'), t(asLoaded, 'aqRaw'), 'faster than Arquero'),
      speedUp(`${label}, ${title}: speed-up of DuckDB scale path`, t(path, 'duckRows'), t(path, 'aqRaw'), 'faster than Arquero',
        judged ? { budget: { on: 'ratio', op: '≥', value: 4 }, aim: { on: 'ratio', op: '≥', value: 10 } } : {}),
      speedUp(`${label}, ${title}: speed-up of DuckDB pre-aggregate`, t(path, 'duckByCell'), t(path, 'aqByCell'), "faster than Arquero's pre-aggregate"),
    );
  }
  one('first filtered aggregate after load, DuckDB scale path', 'ms', path.first['filterAggregate:duckRows'] ?? NaN);
  one('first filtered aggregate after load, Arquero (decodes its columns)', 'ms', asLoaded.first['filterAggregate:aqRaw'] ?? NaN);
  await page.evaluate(async () => (window as unknown as Bench).bench.scaleDrop());
  return out;
}

/** Every engine figure: seed scale, then (when `scaleRows` is set) the scale table served under `scale/`. */
export async function engineFigures(browser: Browser, url: string, scaleRows: number | null, reps: number): Promise<Result[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#status[data-ready]');
  const out = await seed(page);
  if (scaleRows !== null) out.push(...await scale(page, scaleRows, reps));
  await context.close();
  return out;
}
