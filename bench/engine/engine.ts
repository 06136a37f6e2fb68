/**
 * The benchmark's engine page: the app's own DuckDB-WASM boot beside Arquero, the same questions
 * asked of both, at seed scale (the committed CSVs) and at scale (bench/tmp/scale-*). Exposes
 * `window.bench`; run.ts drives it.
 */
import * as aq from 'arquero';
import { coordinator } from '../../src/data/browser-data.ts';
import { startWasmDatabase, type WasmDatabase } from '../../src/data/engine/wasm-connector.ts';

// The scale experiments get a DuckDB of their own; the seed questions go through the app's coordinator.
let raw: Promise<WasmDatabase> | undefined;
const database = async () => { await coordinator.start(); raw ??= startWasmDatabase(); const r = await raw; return { query: (sql: string) => coordinator.query(sql), db: r.db, rawQuery: (sql: string) => r.conn.query(sql) }; };
import { modelsByProvinceSql } from '../../src/data/queries/overview.ts';

const time = async (f: () => Promise<unknown> | unknown): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};

const text = async (url: string): Promise<string> => (await fetch(url)).text();

let seedTables: { coverage: aq.ColumnTable; models: aq.ColumnTable } | undefined;
let scaleAq: aq.ColumnTable | undefined;

const bench = {
  /** DuckDB ready (boot + every table), ms. */
  async ready(): Promise<number> { return time(() => database()); },

  /** The overview's question "models deployed per province within groups" in both engines, `runs` times each. */
  async seed(runs: number): Promise<{ duck: number[]; arquero: number[] }> {
    const client = await database();
    seedTables ??= { coverage: aq.fromCSV(await text('data/coverage.csv')), models: aq.fromCSV(await text('data/models.csv')) };
    const { coverage, models } = seedTables;
    const groups = [['I', 'II'], ['III'], ['IV', 'V'], []];
    const duck: number[] = [];
    const arquero: number[] = [];
    for (let i = 0; i < runs; i++) {
      const g = groups[i % groups.length] ?? [];
      duck.push(await time(() => client.query(`${modelsByProvinceSql(g)} -- run ${i}`)));
      // Expressions as text: Arquero parses them, and bundling renames what a function's source would say.
      arquero.push(await time(() => coverage.join(models.select('model_no', 'group'), 'model_no')
        .params({ g }).filter(g.length ? '(d, $) => op.includes($.g, d.group)' : '() => true')
        .derive({ dep: "d => d.status === 'deployed' ? 1 : 0" })
        .groupby('province_code')
        .rollup({ deployed: 'd => op.sum(d.dep)', models: 'd => op.count()' })
        .orderby(aq.desc('deployed')).objects()));
    }
    return { duck, arquero };
  },

  /** Loads a scale file into DuckDB (and into Arquero when asked), ms. */
  async loadScale(file: string, format: 'csv' | 'arrow', withArquero: boolean): Promise<{ duck: number; arquero: number | null; bytes: number }> {
    const client = await database();
    const buf = new Uint8Array(await (await fetch(`scale/${file}`)).arrayBuffer());
    const bytes = buf.byteLength;
    const conn = await client.db.connect();
    await conn.query('DROP TABLE IF EXISTS scale');
    const duck = await time(async () => {
      // A copy: the worker takes the buffer it is given (transfer), and Arquero reads the original.
      if (format === 'arrow') await conn.insertArrowFromIPCStream(buf.slice(), { name: 'scale', create: true });
      else {
        await client.db.registerFileBuffer('scale.csv', buf.slice());
        await conn.query(`CREATE TABLE scale AS SELECT * FROM read_csv('scale.csv', header = true, auto_detect = false,
          columns = {'commune_id': 'INTEGER', 'province_code': 'VARCHAR', 'model_no': 'UTINYINT', 'month': 'INTEGER', 'status': 'VARCHAR', 'events': 'SMALLINT'})`);
        await client.db.dropFile('scale.csv');
      }
    });
    await conn.close();
    let arquero: number | null = null;
    if (withArquero) {
      scaleAq = undefined;
      arquero = await time(() => { scaleAq = format === 'arrow' ? aq.fromArrow(buf) : aq.fromCSV(new TextDecoder().decode(buf)); });
    }
    return { duck, arquero, bytes };
  },

  /** Interactive questions on the scale table in both engines, `runs` times each (Arquero only if loaded). */
  async scaleQueries(runs: number): Promise<Record<string, { duck: number[]; arquero: number[] }>> {
    const client = await database();
    const out: Record<string, { duck: number[]; arquero: number[] }> = { filterAggregate: { duck: [], arquero: [] }, monthlySeries: { duck: [], arquero: [] }, statusTotals: { duck: [], arquero: [] } };
    for (let i = 0; i < runs; i++) {
      const model = 1 + (i * 7) % 44;
      const month = 202301 + (i % 12);
      out.filterAggregate?.duck.push(await time(() => client.rawQuery(`SELECT province_code, count(*) FILTER (WHERE status = 'deployed') AS deployed, sum(events) AS events
        FROM scale WHERE model_no = ${model} AND month = ${month} GROUP BY 1 ORDER BY 2 DESC`)));
      out.monthlySeries?.duck.push(await time(() => client.rawQuery(`SELECT month, count(*) FILTER (WHERE status = 'deployed') AS deployed FROM scale WHERE model_no = ${model} GROUP BY 1 ORDER BY 1`)));
      out.statusTotals?.duck.push(await time(() => client.rawQuery(`SELECT status, count(*) AS n, sum(events) AS events FROM scale WHERE month = ${month} GROUP BY 1`)));
      const t = scaleAq;
      if (t) {
        out.filterAggregate?.arquero.push(await time(() => t.params({ model, month }).filter('(d, $) => d.model_no === $.model && d.month === $.month')
          .derive({ dep: "d => d.status === 'deployed' ? 1 : 0" }).groupby('province_code')
          .rollup({ deployed: 'd => op.sum(d.dep)', events: 'd => op.sum(d.events)' }).objects()));
        out.monthlySeries?.arquero.push(await time(() => t.params({ model }).filter('(d, $) => d.model_no === $.model')
          .derive({ dep: "d => d.status === 'deployed' ? 1 : 0" }).groupby('month')
          .rollup({ deployed: 'd => op.sum(d.dep)' }).orderby('month').objects()));
        out.statusTotals?.arquero.push(await time(() => t.params({ month }).filter('(d, $) => d.month === $.month')
          .groupby('status').rollup({ n: 'd => op.count()', events: 'd => op.sum(d.events)' }).objects()));
      }
    }
    return out;
  },

  /** Frees the scale table (both engines). */
  async dropScale(): Promise<void> {
    scaleAq = undefined;
    await (await database()).rawQuery('DROP TABLE IF EXISTS scale');
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.getElementById('status')?.setAttribute('data-ready', 'true');
