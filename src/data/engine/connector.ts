/**
 * What the coordinator needs of a DuckDB: run SQL (one text, or several in one round trip), take a
 * CSV text as a file, and say when it died.
 * DuckDB-WASM in a worker answers it in the browser (wasm-connector.ts); DuckDB under Node answers
 * it at build time and in unit tests (src/node/build/node-connector.ts), with the same SQL.
 */

/** A row as plain JavaScript values: numbers, strings, booleans, null, arrays, objects. */
export type PlainRow = Record<string, unknown>;

/** One DuckDB, started and ready for SQL. */
export interface Connector {
  /** Runs a SQL text (several statements allowed; the last one's rows come back) as plain rows. */
  query(sql: string): Promise<PlainRow[]>;
  /**
   * Runs several SQL texts in one round trip: sent together, answered in their order, each with its
   * rows or its own error (one failing question fails alone).
   */
  queryAll(sqls: readonly string[]): Promise<PromiseSettledResult<PlainRow[]>[]>;
  /** Makes `text` readable by `read_csv` under the returned name (a registered file, or a path). */
  registerText(name: string, text: string): Promise<string>;
  /** Forgets a file registered with `registerText`. */
  dropText(name: string): Promise<void>;
  /** Calls `listener` once if the engine dies by itself (a crashed worker). */
  onDeath(listener: (error: Error) => void): void;
  /** Stops the engine and frees what it holds (its worker too). */
  close(): Promise<void>;
}
