/**
 * `npm run gen:scale -- --rows 10000000`: a deterministic coverage-like table at commune level
 * with months — the shape of the next datasets (per-commune rollout, monthly series). Columns:
 * commune_id, province_code, model_no, month (yyyymm), status (deployed / not_deployed / unknown)
 * and events (a count). Writes bench/tmp/scale-<rows>.csv and .arrow (Arrow IPC stream; codes and
 * statuses as dictionaries with one-byte indices, as a pipeline writing for DuckDB's ENUMs would).
 * The same seed gives the same bytes.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dictionary, int8, int16, int32, tableFromArrays, tableToIPC, uint8, utf8 } from '@uwdata/flechette';
import { PROVINCES } from '../../src/domain/provinces.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench/tmp');
const MODELS = 44;
const MONTHS = 24;
const STATUS = ['deployed', 'not_deployed', 'unknown'] as const;

/** A small seeded PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The generated columns: province and status as indices into `PROVINCES` and `STATUS`. */
export interface ScaleColumns { commune_id: Int32Array; province: Uint8Array; model_no: Uint8Array; month: Int32Array; status: Uint8Array; events: Int16Array }

/** The generated columns for about `rows` rows (whole communes × 44 models × 24 months). */
export function generate(rows: number, seed = 6): { communes: number; columns: ScaleColumns } {
  const communes = Math.max(1, Math.round(rows / (MODELS * MONTHS)));
  const n = communes * MODELS * MONTHS;
  const random = rng(seed);
  const c = {
    commune_id: new Int32Array(n), province: new Uint8Array(n), model_no: new Uint8Array(n),
    month: new Int32Array(n), status: new Uint8Array(n), events: new Int16Array(n),
  };
  let i = 0;
  for (let commune = 0; commune < communes; commune++) {
    const province = commune % PROVINCES.length;
    for (let model = 1; model <= MODELS; model++) {
      const start = Math.floor(random() * MONTHS * 1.5);  // the month the commune deploys the model, if ever
      for (let m = 0; m < MONTHS; m++) {
        c.commune_id[i] = commune + 1;
        c.province[i] = province;
        c.model_no[i] = model;
        c.month[i] = 202301 + Math.floor(m / 12) * 100 + (m % 12);
        c.status[i] = random() < 0.03 ? 2 : m >= start ? 0 : 1;
        c.events[i] = c.status[i] === 0 ? Math.floor(random() * 500) : 0;
        i++;
      }
    }
  }
  return { communes, columns: c };
}

/** The columns as an Arrow IPC stream, codes and statuses as dictionaries with one-byte indices. */
export function arrowOf(c: ScaleColumns): Uint8Array {
  const codes = PROVINCES.map((p) => p.code);
  const arrow = tableToIPC(tableFromArrays({
    commune_id: c.commune_id, model_no: c.model_no, month: c.month, events: c.events,
    province_code: Array.from(c.province, (p) => codes[p] ?? ''),
    status: Array.from(c.status, (s) => STATUS[s] ?? 'unknown'),
  }, { types: { commune_id: int32(), model_no: uint8(), month: int32(), events: int16(), province_code: dictionary(utf8(), int8()), status: dictionary(utf8(), int8()) } }), { format: 'stream' });
  if (!arrow) throw new Error('Arrow encoding failed');
  return arrow;
}

function main(): void {
  const i = process.argv.indexOf('--rows');
  const rows = i >= 0 ? Number(process.argv[i + 1]) : 10_000_000;
  if (!Number.isFinite(rows) || rows < 1) throw new Error('--rows must be a positive number');
  mkdirSync(OUT, { recursive: true });
  const t0 = performance.now();
  const { communes, columns: c } = generate(rows);
  const n = c.commune_id.length;
  const arrow = arrowOf(c);
  writeFileSync(resolve(OUT, `scale-${n}.arrow`), arrow);
  const csv = createWriteStream(resolve(OUT, `scale-${n}.csv`));
  csv.write('commune_id,province_code,model_no,month,status,events\n');
  const CHUNK = 100_000;
  const codes = PROVINCES.map((p) => p.code);
  for (let start = 0; start < n; start += CHUNK) {
    let chunk = '';
    for (let r = start; r < Math.min(n, start + CHUNK); r++) {
      chunk += `${c.commune_id[r]},${codes[c.province[r] ?? 0]},${c.model_no[r]},${c.month[r]},${STATUS[c.status[r] ?? 2]},${c.events[r]}\n`;
    }
    csv.write(chunk);
  }
  csv.end(() => console.log(`${n} rows (${communes} communes × ${MODELS} models × ${MONTHS} months) → bench/tmp/scale-${n}.{csv,arrow} in ${((performance.now() - t0) / 1000).toFixed(1)} s`));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
