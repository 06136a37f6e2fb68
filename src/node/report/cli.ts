/**
 * `npm run report`: the reporting service. Renders the one-page briefs of the dashboard
 * (`#/brief/...`) to PDF with headless Chromium, from the built app served on this machine, with
 * every request to another host refused: it needs no network and no person.
 *
 *   npm run report -- --model 13 [--lang en] [--map 34] [--out brief.pdf]
 *   npm run report -- --province VN-31 [--out brief.pdf]     (any spelling of the name works)
 *   npm run report -- --all [--out reports/]                 (every model, one PDF each)
 *
 * It uses `dist/` as built, building it first when it is missing (`--build` rebuilds).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { provinceCodeOf } from '../../domain/province-names.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../build/chromium.ts';
import { serve } from '../build/serve.ts';
import { isModelNo, MODEL_NUMBERS, MODELS, PROVINCE_COUNT, UNIT_COUNT } from '../../domain/rollout.ts';
import { asError } from '../../lib/errors.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** One brief to render: its route, the brief it shows (`data-brief`), and the file it goes to. */
export interface Job { route: string; brief: string; out: string }

/** The jobs the arguments ask for; throws with a message that says what is wrong. */
export function jobsFor(argv: readonly string[]): Job[] {
  const value = (name: string): string | undefined => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : undefined; };
  const lang = value('lang') ?? 'vi';
  if (lang !== 'vi' && lang !== 'en') throw new Error(`--lang ${lang}: use vi or en`);
  const map = value('map');
  if (map !== undefined && map !== String(PROVINCE_COUNT) && map !== String(UNIT_COUNT)) throw new Error(`--map ${map}: use ${PROVINCE_COUNT} or ${UNIT_COUNT}`);
  const query = `?lang=${lang}${map === '34' ? '&map=34' : ''}`;
  const out = value('out');
  const model = value('model');
  const province = value('province');
  const all = argv.includes('--all');
  if ([model, province, all ? 'all' : undefined].filter(Boolean).length !== 1) throw new Error(`give one of --model <1–${MODELS}>, --province <code or name>, --all`);
  if (all) {
    const dir = resolve(out ?? 'reports');
    return MODEL_NUMBERS.map((no) => ({ route: `#/brief/model/${no}${query}`, brief: `model-${no}`, out: join(dir, `model-${String(no).padStart(2, '0')}-${lang}.pdf`) }));
  }
  if (model !== undefined) {
    const no = Number(model);
    if (!/^\d+$/.test(model) || !isModelNo(no)) throw new Error(`--model ${model}: a model number from 1 to ${MODELS}`);
    return [{ route: `#/brief/model/${no}${query}`, brief: `model-${no}`, out: resolve(out ?? `model-${no}-${lang}.pdf`) }];
  }
  const code = provinceCodeOf(province ?? '');
  if (!code) throw new Error(`--province ${province ?? ''}: not a province the dashboard knows (use a code such as VN-31 or a name)`);
  return [{ route: `#/brief/province/${code}${query}`, brief: `province-${code}`, out: resolve(out ?? `province-${code}-${lang}.pdf`) }];
}

/** Renders the jobs from `dist/`, one page each; returns the files written. */
export async function render(jobs: readonly Job[], dist = join(ROOT, 'dist')): Promise<string[]> {
  const server = await serve(dist, 0);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    // Offline by construction: anything not from the app's own server is refused.
    await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort('blockedbyclient')));
    const written: string[] = [];
    for (const job of jobs) {
      await page.goto(`http://127.0.0.1:${port}/${job.route}`);
      // From one brief to the next the page stays (a hash change): wait for this brief, not the last.
      await page.waitForSelector(`[data-brief="${job.brief}"][data-brief-ready="true"]`, { timeout: 60_000 });
      mkdirSync(dirname(job.out), { recursive: true });
      await page.pdf({ path: job.out, preferCSSPageSize: true, printBackground: true });
      written.push(job.out);
    }
    return written;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const jobs = jobsFor(process.argv.slice(2));
    if (process.argv.includes('--build') || !existsSync(join(ROOT, 'dist/index.html'))) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
    const t0 = performance.now();
    for (const file of await render(jobs)) console.log(file);
    console.log(`${jobs.length} brief${jobs.length === 1 ? '' : 's'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`report: ${asError(e).message}`);
    process.exitCode = 1;
  }
}
