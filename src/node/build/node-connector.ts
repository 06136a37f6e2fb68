/**
 * DuckDB under Node as a coordinator's connector: the same SQL as DuckDB-WASM in the browser, for
 * the build-time snapshot and for unit tests of queries. CSV texts are written to a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Connector, PlainRow } from '../../data/engine/connector.ts';
import { plain } from '../../data/engine/plain.ts';

/** Starts an in-memory DuckDB under Node. `threads: 1` answers in the same order as the single-threaded wasm. */
export async function startNodeConnector(options: { threads?: number } = {}): Promise<Connector & { kill(): void }> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(options.threads ?? 1) });
  const conn = await instance.connect();
  const dir = mkdtempSync(join(tmpdir(), 'de-an-06-duckdb-'));
  const deaths = new Set<(error: Error) => void>();
  let dead: Error | null = null;
  const query = async (sql: string): Promise<PlainRow[]> => {
    if (dead) throw dead;
    const result = await conn.runAndReadAll(sql);
    return result.getRowObjectsJS().map((row) => plain(row) as PlainRow);
  };
  return {
    query,
    async queryAll(sqls: readonly string[]): Promise<PromiseSettledResult<PlainRow[]>[]> {
      // In the same process there is no round trip to save: one after another, on the one connection.
      const out: PromiseSettledResult<PlainRow[]>[] = [];
      for (const sql of sqls) out.push(await query(sql).then((value) => ({ status: 'fulfilled', value }) as const, (reason: unknown) => ({ status: 'rejected', reason }) as const));
      return out;
    },
    async registerText(name: string, text: string): Promise<string> {
      const path = join(dir, name.replace(/[^\w.-]/g, '_'));
      writeFileSync(path, text);
      return path;
    },
    async dropText(name: string): Promise<void> {
      rmSync(join(dir, name.replace(/[^\w.-]/g, '_')), { force: true });
    },
    onDeath(listener: (error: Error) => void): void { deaths.add(listener); },
    async close(): Promise<void> {
      conn.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
    /** For tests: the engine dies as a crashed worker would (every later question fails at once). */
    kill(): void {
      dead = new Error('the database engine stopped (killed by a test)');
      for (const l of deaths) l(dead);
    },
  };
}
