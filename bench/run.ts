/**
 * `npm run bench`: builds the app and the engine page, serves the app as `npm start` does (with the
 * static floor page beside it, built in this run from geo/ and data/), drives headless Chromium,
 * and prints every figure with its median, p95, budget, aim, ratio and verdict; then writes the
 * same to bench/results.json. See bench/README.md for what each figure means. Options:
 * `--runs 5` cold runs per load figure, `--reps 20` answers per interaction, `--no-build`,
 * `--scale-rows 10000000`, `--no-scale`, `--no-engine` (skip DuckDB beside Arquero), `--no-app` (only
 * DuckDB beside Arquero), `--no-views` (skip every view's cold render), `--dist <dir>` (measure another build, e.g. an older commit's),
 * `--out <file>` (instead of bench/results.json).
 */
import { execSync } from 'node:child_process';
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../src/node/build/chromium.ts';
import { serve } from '../src/node/build/serve.ts';
import type { Archipelago, ProvinceShapes } from '../src/map/geo-data.ts';
import { interactions } from './app-interactions.ts';
import { mapLoads, sizes, viewLoads } from './app-loads.ts';
import { engineFigures } from './engine-bench.ts';
import { modelStatuses, overviewFills, readCoverage, switchSequence } from './expected.ts';
import { floorPage, writeFloorPage } from './floor.ts';
import { table, type Result } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '..');
const flag = (name: string): boolean => process.argv.includes(`--${name}`);
const text = (name: string): string | undefined => { const i = process.argv.indexOf(`--${name}`); return i >= 0 ? process.argv[i + 1] : undefined; };
const num = (name: string, fallback: number): number => { const v = Number(text(name)); return Number.isFinite(v) && v > 0 ? v : fallback; };
const RUNS = num('runs', 5);
const REPS = num('reps', 20);
const DIST = resolve(text('dist') ?? resolve(ROOT, 'dist'));
const OUT = resolve(text('out') ?? resolve(ROOT, 'bench/results.json'));
const ENGINE = !flag('no-engine');
const SCALE = ENGINE && !flag('no-scale');
const DEEP_MODEL = 13;
const loadBefore = loadavg()[0] ?? NaN;

if (!flag('no-build')) {
  execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx vite build -c bench/vite.config.ts', { cwd: ROOT, stdio: 'inherit' });
}
// Serve copies, so a rebuild meanwhile cannot pull files from under the benchmark.
const appDir = mkdtempSync(resolve(tmpdir(), 'bench-app-'));
cpSync(DIST, appDir, { recursive: true });
const cells = readCoverage(ROOT);
const shapes = JSON.parse(readFileSync(resolve(ROOT, 'geo/provinces.geojson'), 'utf8')) as ProvinceShapes;
const archipelagos = JSON.parse(readFileSync(resolve(ROOT, 'geo/archipelagos.json'), 'utf8')) as Archipelago[];
writeFloorPage(resolve(appDir, 'bench-floor'), floorPage(shapes, archipelagos, overviewFills(cells)));
const engineDir = mkdtempSync(resolve(tmpdir(), 'bench-engine-'));
cpSync(resolve(ROOT, 'bench/tmp/engine-dist'), engineDir, { recursive: true });

let scaleRows: number | null = null;
if (SCALE) {
  const rows = 44 * 24 * Math.max(1, Math.round(num('scale-rows', 10_000_000) / (44 * 24)));
  const base = resolve(ROOT, `bench/tmp/scale-${rows}`);
  if (!existsSync(`${base}.arrow`) || !existsSync(`${base}.csv`)) execSync(`npx tsx bench/scale/gen.ts --rows ${rows}`, { cwd: ROOT, stdio: 'inherit' });
  mkdirSync(resolve(engineDir, 'scale'), { recursive: true });
  for (const ext of ['csv', 'arrow']) linkSync(`${base}.${ext}`, resolve(engineDir, 'scale', `scale.${ext}`));
  scaleRows = rows;
}

const appServer = await serve(appDir, 4175);
const engineServer = await serve(engineDir, 4176, '127.0.0.1', false);  // Arquero compiles with eval, which the app's CSP forbids
const APP = 'http://127.0.0.1:4175/';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
const chromiumVersion = browser.version();
const results: Result[] = [];
const section = async (name: string, work: () => Promise<Result[]>): Promise<void> => {
  const t = performance.now();
  const figures = await work();
  results.push(...figures);
  console.log(`${name}: ${figures.length} figures in ${((performance.now() - t) / 1000).toFixed(0)} s`);
};

try {
  if (!flag('no-app')) await appSections();
  if (ENGINE) await section('DuckDB beside Arquero', () => engineFigures(browser, 'http://127.0.0.1:4176/', scaleRows, REPS));
} finally {
  await browser.close();
  appServer.close();
  engineServer.close();
  for (const dir of [appDir, engineDir]) rmSync(dir, { recursive: true, force: true });
}

async function appSections(): Promise<void> {
  await section('cold loads of the map, beside the floor page', () => mapLoads(browser, APP, `${APP}bench-floor/`, RUNS, DEEP_MODEL, modelStatuses(cells, DEEP_MODEL)));
  await section('interactions', () => interactions(browser, {
    app: APP, start: DEEP_MODEL, sequence: switchSequence(cells, 12, DEEP_MODEL), cycles: 3, statuses: (m) => modelStatuses(cells, m), reps: REPS,
  }));
  if (!flag('no-views')) await section("every view's cold render", () => viewLoads(browser, APP, RUNS));
  await section('transfer and memory', () => sizes(browser, APP, appDir, RUNS));
}

console.log(`\n${table(results)}\n`);
// The load average before and after: a run is worth recording only on a quiet machine.
const load = { before: loadBefore, after: loadavg()[0] ?? NaN };
const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), load, node: process.version, chromium: chromiumVersion, date: new Date().toISOString() };
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
writeFileSync(OUT, `${JSON.stringify({ app: pkg.version, machine, runs: RUNS, reps: REPS, results }, null, 1)}\n`);
console.log(`${OUT} written (${machine.cpus} cores, ${machine.memoryGB} GB, ${machine.chromium}; load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after)`);
if (Math.max(load.before, load.after) >= 0.5) console.log('The machine was not quiet (load average 0.5 or more): these figures are not a record.');
