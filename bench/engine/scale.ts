/**
 * The scale experiments, on a DuckDB-WASM of their own: one Arrow IPC file loaded into DuckDB
 * (as the engine loads any table, then by the scale path of src/data/scale-path.ts) and into
 * Arquero, and the same questions asked of every form, interleaved so that a noisy moment falls
 * on all of them alike. Each form's first answer is checked against the others'.
 */
import * as aq from 'arquero';
import {
  buildScalePreAggregate, insertRawScaleRows, modelSeriesSql, provincesInMonthSql, SCALE, stageScaleRows, statusTotalsSql, storeScaleRows, type ScaleSource,
} from '../../src/data/scale-path.ts';
import { time } from './clock.ts';
import { memoryInUse, rows, startEngine, type Engine } from './duckdb-boot.ts';

/** The forms a question is asked of: DuckDB's three tables, Arquero's raw rows and its own pre-aggregate. */
export type ScaleForm = 'duckRaw' | 'duckRows' | 'duckByCell' | 'aqRaw' | 'aqByCell';

/** The questions, by name. */
export type ScaleQuestion = 'filterAggregate' | 'monthlySeries' | 'statusTotals';

interface Params { model: number; month: number }

let engine: Engine | undefined;
let file: Uint8Array | undefined;
let aqRaw: aq.ColumnTable | undefined;
let aqByCell: aq.ColumnTable | undefined;

const duck = async (): Promise<Engine> => (engine ??= await startEngine());

const DUCK_SOURCE: Record<'duckRaw' | 'duckRows' | 'duckByCell', ScaleSource> = { duckRaw: 'raw', duckRows: 'rows', duckByCell: 'byCell' };

const DUCK_SQL: Record<ScaleQuestion, (s: ScaleSource, p: Params) => string> = {
  filterAggregate: (s, p) => provincesInMonthSql(s, p.model, p.month),
  monthlySeries: (s, p) => modelSeriesSql(s, p.model),
  statusTotals: (s, p) => statusTotalsSql(s, p.month),
};

// Arquero's best form: filter, then roll up (expressions as text: bundling renames what a function's source would say).
const AQ_RAW: Record<ScaleQuestion, (t: aq.ColumnTable, p: Params) => object[]> = {
  filterAggregate: (t, p) => t.params(p).filter('(d, $) => d.model_no === $.model && d.month === $.month').groupby('province_code')
    .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? 1 : 0)", events: 'd => op.sum(d.events)' }).objects(),
  monthlySeries: (t, p) => t.params(p).filter('(d, $) => d.model_no === $.model').groupby('month')
    .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? 1 : 0)" }).objects(),
  statusTotals: (t, p) => t.params(p).filter('(d, $) => d.month === $.month').groupby('status')
    .rollup({ communes: 'd => op.count()', events: 'd => op.sum(d.events)' }).objects(),
};

const AQ_BY_CELL: Record<ScaleQuestion, (t: aq.ColumnTable, p: Params) => object[]> = {
  filterAggregate: (t, p) => t.params(p).filter('(d, $) => d.model_no === $.model && d.month === $.month').groupby('province_code')
    .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? d.communes : 0)", events: 'd => op.sum(d.events)' }).objects(),
  monthlySeries: (t, p) => t.params(p).filter('(d, $) => d.model_no === $.model').groupby('month')
    .rollup({ deployed: "d => op.sum(d.status === 'deployed' ? d.communes : 0)" }).objects(),
  statusTotals: (t, p) => t.params(p).filter('(d, $) => d.month === $.month').groupby('status')
    .rollup({ communes: 'd => op.sum(d.communes)', events: 'd => op.sum(d.events)' }).objects(),
};

/** An answer in a form every engine's answers compare equal in: value lists, sorted. */
const canonical = (answer: readonly object[]): string =>
  JSON.stringify(answer.map((r) => Object.values(r).map((v) => (typeof v === 'bigint' ? Number(v) : v))).map((r) => JSON.stringify(r)).sort());

async function ask(form: ScaleForm, q: ScaleQuestion, p: Params): Promise<object[]> {
  if (form === 'aqRaw' || form === 'aqByCell') {
    const t = form === 'aqRaw' ? aqRaw : aqByCell;
    if (!t) throw new Error(`${form} is not loaded`);
    return (form === 'aqRaw' ? AQ_RAW : AQ_BY_CELL)[q](t, p);
  }
  return rows((await duck()).conn, DUCK_SQL[q](DUCK_SOURCE[form], p));
}

/** The parameters of the `i`th question: models and months spread over the table. */
const paramsOf = (i: number): Params => ({ model: 1 + ((i * 7) % 44), month: 202301 + Math.floor((i % 24) / 12) * 100 + (i % 12) });

/** Loads the file into DuckDB as it is (scale_raw) and into Arquero; ms, bytes and DuckDB's column types. */
export async function scaleLoad(url: string): Promise<{ bytes: number; duckInsert: number; aqLoad: number; types: Record<string, string>; duckMemory: number }> {
  const { conn } = await duck();
  const buf = new Uint8Array(await (await fetch(url)).arrayBuffer());
  file = buf;
  // A copy for DuckDB: the worker takes the buffer it is given, and Arquero reads the original.
  const copy = buf.slice();
  const duckInsert = await time(() => insertRawScaleRows(conn, copy));
  const aqLoad = await time(() => { aqRaw = aq.fromArrow(buf); });
  const types = Object.fromEntries((await rows(conn, `DESCRIBE ${SCALE.raw}`)).map((r) => [String(r.column_name), String(r.column_type)]));
  return { bytes: buf.byteLength, duckInsert, aqLoad, types, duckMemory: await memoryInUse(conn) };
}

/** The CSV form of the same rows loaded into DuckDB the old way (read_csv), then dropped: ms and bytes. */
export async function scaleCsvLoad(url: string): Promise<{ bytes: number; ms: number }> {
  const { db, conn } = await duck();
  const buf = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const bytes = buf.byteLength;
  const ms = await time(async () => {
    await db.registerFileBuffer('scale.csv', buf);
    await conn.query(`CREATE TABLE scale_csv AS SELECT * FROM read_csv('scale.csv', header = true, auto_detect = false,
      columns = {'commune_id': 'INTEGER', 'province_code': 'VARCHAR', 'model_no': 'UTINYINT', 'month': 'INTEGER', 'status': 'VARCHAR', 'events': 'SMALLINT'})`);
  });
  await conn.query('DROP TABLE scale_csv');
  await db.dropFile('scale.csv');
  return { bytes, ms };
}

/** The scale path's first two steps on the same file (the table as loaded dropped first): ms each, and DuckDB's memory after them. */
export async function scaleStore(): Promise<{ stage: number; sort: number; duckMemory: number }> {
  const { conn } = await duck();
  if (!file) throw new Error('no scale file loaded');
  await conn.query(`DROP TABLE IF EXISTS ${SCALE.raw}`);
  const copy = file.slice();
  const stage = await time(() => stageScaleRows(conn, copy));
  const sort = await time(() => storeScaleRows(conn));
  return { stage, sort, duckMemory: await memoryInUse(conn) };
}

/** The pre-aggregate by model × month × province × status, in both engines: ms, its rows, DuckDB's memory. */
export async function scalePreAggregate(): Promise<{ duck: number; arquero: number; cells: number; duckMemory: number }> {
  const { conn } = await duck();
  const duckMs = await time(() => buildScalePreAggregate(conn));
  const t = aqRaw;
  if (!t) throw new Error('Arquero has no scale table');
  const arquero = await time(() => { aqByCell = t.groupby('model_no', 'month', 'province_code', 'status').rollup({ communes: 'd => op.count()', events: 'd => op.sum(d.events)' }); });
  const [count] = await rows(conn, `SELECT count(*)::INTEGER AS n FROM ${SCALE.byCell}`);
  if (Number(count?.n) !== aqByCell?.numRows()) throw new Error(`pre-aggregates differ: DuckDB ${String(count?.n)} rows, Arquero ${aqByCell?.numRows()}`);
  return { duck: duckMs, arquero, cells: Number(count?.n), duckMemory: await memoryInUse(conn) };
}

/**
 * Asks every question of every form, `runs` times after one unrecorded round (each form's first
 * answer, which also decodes Arquero's lazy Arrow columns), interleaved form by form; ms. Throws if
 * two forms answer a question differently.
 */
export async function scaleQueries(forms: readonly ScaleForm[], runs: number): Promise<{ first: Record<string, number>; times: Record<string, Record<string, number[]>> }> {
  const questions = Object.keys(DUCK_SQL) as ScaleQuestion[];
  const times: Record<string, Record<string, number[]>> = Object.fromEntries(questions.map((q) => [q, Object.fromEntries(forms.map((f) => [f, []]))]));
  const first: Record<string, number> = {};
  for (let i = -1; i < runs; i++) {
    const p = paramsOf(Math.max(0, i));
    for (const q of questions) {
      const answers = new Map<ScaleForm, string>();
      for (const form of forms) {
        let answer: object[] = [];
        const ms = await time(async () => { answer = await ask(form, q, p); });
        if (i < 0) { first[`${q}:${form}`] = ms; answers.set(form, canonical(answer)); } else times[q]?.[form]?.push(ms);
      }
      const distinct = new Set(answers.values());
      if (distinct.size > 1) throw new Error(`${q} (model ${p.model}, month ${p.month}): the forms answer differently: ${[...answers].map(([f, a]) => `${f} ${a.slice(0, 120)}`).join(' | ')}`);
    }
  }
  return { first, times };
}

/** Frees every scale table (both engines) and stops the engine. */
export async function scaleDrop(): Promise<void> {
  file = undefined;
  aqRaw = undefined;
  aqByCell = undefined;
  if (engine) { await engine.db.terminate(); engine.worker.terminate(); engine = undefined; }
}

