/**
 * The data behind the dashboard: every edition of every table, in the engine and in this browser's
 * storage. Each edition is a table of the engine's `ed` schema; the tables the views query (`main`)
 * are views of the current editions, so choosing another edition repoints a view and copies nothing.
 * It gives the coordinator its `load` (at start and after a restart) and `prepare` (an as-of
 * context), checks the server's files for changes, and applies every change (upload, undo,
 * restore, choice of edition) to the engine first and to storage second, undoing the first if the
 * second fails: what is shown is always what a reload shows.
 */
import { asError } from '../lib/errors.ts';
import { fingerprint } from '../lib/fingerprint.ts';
import type { Connector } from './engine/connector.ts';
import { replaceTables, type TableTarget } from './engine/load-tables.ts';
import {
  contextDate, contextViewsSql, derivedTablesSql, EDITION_SCHEMA, editionsTableSql, editionTable, tableFactsSql,
} from './editions/edition-sql.ts';
import {
  bundledId, currentEdition, editionAsOf, hasUploads, NO_EDITIONS, type Edition, type EditionsState,
} from './editions/editions.ts';
import { BundledFileError, StorageError, type EditionStorage, type FetchBundled } from './editions/ports.ts';
import { TABLES, type TableSchema } from './schema.ts';
import { ident } from './sql.ts';

/** What a check of the server's files found. */
export interface RefreshResult {
  /** Tables reloaded. */
  changed: string[];
}

/** Checks a changed server file with the upload's rules; resolves to the text to load, rejects with what is wrong. */
export type FileCheck = (schema: TableSchema, text: string) => Promise<string>;

/** How the service reaches what is outside it: the browser's fetch and IndexedDB, or Node's files and no store. */
export interface DataServiceOptions {
  fetchBundled: FetchBundled;
  storage: EditionStorage;
  checkFile?: FileCheck;
}

/** The editions of every table, as the views and the data view read them. */
export interface EditionsView {
  state: EditionsState;
  /** Every known edition by id (the bundled ones and this browser's uploads). */
  editions: ReadonlyMap<string, Edition>;
  /** Why this browser's stored uploads could not be used at start (the bundled data were loaded instead). */
  problem: Error | null;
  /** Whether changes are kept in this browser (false: only until the page closes). */
  persistent: boolean;
}

const ed = (name: string): string => `${ident(EDITION_SCHEMA)}.${ident(name)}`;

/** The data of one browser tab. */
export class DataService {
  private state: EditionsState = NO_EDITIONS;
  private readonly editions = new Map<string, Edition>();
  private readonly loaded = new Set<string>();
  private readonly bundledPrints = new Map<string, string>();
  private problem: Error | null = null;
  private readonly listeners = new Set<() => void>();
  private viewNow: EditionsView;

  constructor(private readonly options: DataServiceOptions) {
    this.viewNow = { state: NO_EDITIONS, editions: new Map(), problem: null, persistent: options.storage.available() };
  }

  /** The editions now. */
  get view(): EditionsView { return this.viewNow; }

  /** Calls `listener` whenever the editions change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The current edition of a table. */
  current(table: string): Edition | undefined {
    return currentEdition(this.state, table, this.editions);
  }

  /** Loads every table into a fresh engine: the bundled files, then the current uploads (coordinator option `load`). */
  readonly load = async (c: Connector, progress: (loaded: number, total: number) => void): Promise<void> => {
    this.loaded.clear();
    let stored: { state: EditionsState; editions: Map<string, Edition> };
    try {
      stored = await this.options.storage.read();
      this.problem = null;
    } catch (error) {
      stored = { state: NO_EDITIONS, editions: new Map() };
      this.problem = asError(error);
    }
    let done = 0;
    const texts = await Promise.all(TABLES.map(async (s) => {
      const text = await this.options.fetchBundled(s);
      progress(++done, TABLES.length);
      return [s, text] as const;
    }));
    await replaceTables(c, texts.map(([schema, text]) => ({ schema, text, in: EDITION_SCHEMA, as: editionTable(bundledId(schema.name)) })));
    for (const [s, text] of texts) { this.bundledPrints.set(s.name, fingerprint(text)); this.loaded.add(bundledId(s.name)); }
    await this.learnBundled(c);
    for (const [id, e] of stored.editions) this.editions.set(id, e);
    try {
      await this.ensureLoaded(c, TABLES.map((s) => currentEdition(stored.state, s.name, this.editions)));
      this.state = stored.state;
    } catch (error) {
      // Stored uploads that no longer load must not keep the dashboard from starting.
      this.problem = asError(error);
      this.state = NO_EDITIONS;
    }
    await this.point(c);
    this.options.storage.markUploads(hasUploads(this.state));
    this.announce();
  };

  /** Makes an as-of context ready: a schema whose views point at each table's edition in force on its date (coordinator option `prepare`). */
  readonly prepare = async (c: Connector, context: string): Promise<void> => {
    const date = contextDate(context);
    if (!date) throw new Error(`unknown query context ${context}`);
    const chosen = TABLES.map((s) => editionAsOf(this.state, s.name, this.editions, date));
    await this.ensureLoaded(c, chosen);
    await this.pointSchema(c, context, chosen);
  };

  /**
   * Checks the server's files and this browser's stored editions for changes (another tab's upload,
   * an operator's new file), and loads what changed, all at once. A changed file is checked with the
   * upload's rules first: a broken one changes nothing, and the error names it.
   */
  async refresh(c: Connector): Promise<RefreshResult> {
    await c.query('SELECT 1');  // a dead engine shows here
    const changed: string[] = [];
    const targets: TableTarget[] = [];
    const texts = await Promise.all(TABLES.map(async (s) => [s, await this.options.fetchBundled(s)] as const));
    for (const [s, text] of texts) {
      if (this.bundledPrints.get(s.name) === fingerprint(text)) continue;
      const checked = this.options.checkFile ? await this.options.checkFile(s, text).catch((e: unknown) => { throw new BundledFileError(`data/${s.file}: ${asError(e).message}`); }) : text;
      targets.push({ schema: s, text: checked, in: EDITION_SCHEMA, as: editionTable(bundledId(s.name)) });
      changed.push(s.name);
    }
    if (targets.length > 0) await replaceTables(c, targets);
    for (const [s, text] of texts) this.bundledPrints.set(s.name, fingerprint(text));
    if (targets.length > 0) await this.learnBundled(c);
    const moved = await this.sync(c, true);
    for (const t of moved) if (!changed.includes(t)) changed.push(t);
    if (changed.length > 0 && moved.length === 0) { await this.point(c); this.announce(); }
    return { changed };
  }

  /**
   * Takes up a change another tab stored (an upload, undo, restore): loads the editions it needs and
   * points the views at them. Resolves to the tables whose current edition moved.
   */
  async sync(c: Connector, quiet = false): Promise<string[]> {
    const stored = await this.options.storage.read().catch((e: unknown) => { if (quiet) return null; throw e; });
    if (!stored || stored.state.revision === this.state.revision) return [];
    const before = TABLES.map((s) => this.current(s.name)?.id);
    for (const [id, e] of stored.editions) this.editions.set(id, e);
    await this.ensureLoaded(c, TABLES.map((s) => currentEdition(stored.state, s.name, this.editions)));
    this.state = stored.state;
    await this.point(c);
    this.options.storage.markUploads(hasUploads(this.state));
    this.announce();
    return TABLES.filter((s, i) => this.current(s.name)?.id !== before[i]).map((s) => s.name);
  }

  /**
   * Moves to the editions state `next`: the engine first (loading any edition it needs, `texts`
   * holding those not stored yet), then storage (`persist`), then back if storage failed.
   * Resolves to whether the change was kept in this browser.
   */
  async change(c: Connector, next: EditionsState, texts: ReadonlyMap<Edition, string>, persist: () => Promise<void>): Promise<{ kept: boolean }> {
    for (const e of texts.keys()) this.editions.set(e.id, e);
    const targets = [...texts].filter(([e]) => !this.loaded.has(e.id)).map(([e, text]) => ({ schema: schemaOf(e.table), text, in: EDITION_SCHEMA, as: editionTable(e.id) }));
    if (targets.length > 0) { await replaceTables(c, targets); for (const [e] of texts) this.loaded.add(e.id); }
    await this.ensureLoaded(c, TABLES.map((s) => currentEdition(next, s.name, this.editions)));
    const before = this.state;
    this.state = next;
    await this.point(c);
    let kept = true;
    try {
      await persist();
    } catch (error) {
      if (error instanceof StorageError && error.reason === 'unavailable') kept = false;
      else {
        this.state = before;
        await this.point(c);
        throw error;
      }
    }
    this.options.storage.markUploads(hasUploads(next));
    this.announce();
    return { kept };
  }

  /** Stores a new edition and the state (used by `change` as its `persist`). */
  async persist(next: EditionsState, expected: number, added: readonly [Edition, string][]): Promise<void> {
    const storage = this.options.storage;
    if (!storage.available()) throw new StorageError('unavailable', 'this browser keeps no data for the app');
    for (const [e, text] of added) await storage.write(e, text);
    await storage.writeState(next, expected);
  }

  /** The state as stored now (another tab may have changed it), with the editions it names. */
  async stored(): Promise<EditionsState> {
    if (!this.options.storage.available()) return this.state;
    const { state, editions } = await this.options.storage.read();
    for (const [id, e] of editions) this.editions.set(id, e);
    return state;
  }

  /** The bundled editions' descriptions, from the tables as loaded. */
  private async learnBundled(c: Connector): Promise<void> {
    const facts = await c.query(tableFactsSql(new Map(TABLES.map((s) => [s, { in: EDITION_SCHEMA, name: editionTable(bundledId(s.name)) }]))));
    for (const f of facts as { table: string; rows: number; asOf: string | null; asOfFrom: Edition['asOfFrom'] }[]) {
      this.editions.set(bundledId(f.table), {
        id: bundledId(f.table), table: f.table, origin: 'bundled', fileName: schemaOf(f.table).file, appliedAt: null, sha256: null,
        asOf: f.asOf, asOfFrom: f.asOfFrom, rows: f.rows,
      });
    }
  }

  /** Loads into the engine each upload edition of `wanted` it does not hold yet (from storage). */
  private async ensureLoaded(c: Connector, wanted: readonly (Edition | undefined)[]): Promise<void> {
    const missing = [...new Set(wanted.filter((e): e is Edition => e !== undefined && !this.loaded.has(e.id)))];
    if (missing.length === 0) return;
    const targets = await Promise.all(missing.map(async (e) => ({ schema: schemaOf(e.table), text: await this.options.storage.readText(e.id), in: EDITION_SCHEMA, as: editionTable(e.id) })));
    await replaceTables(c, targets);
    for (const e of missing) this.loaded.add(e.id);
  }

  /** Points `main` at the current editions, with its editions table and derived figures (computed again). */
  private async point(c: Connector): Promise<void> {
    await this.pointSchema(c, 'main', TABLES.map((s) => this.current(s.name)));
  }

  private async pointSchema(c: Connector, schema: string, chosen: readonly (Edition | undefined)[]): Promise<void> {
    const sources = new Map(TABLES.map((s, i) => [s, { in: EDITION_SCHEMA, name: editionTable(chosen[i]?.id ?? bundledId(s.name)) }]));
    for (const sql of contextViewsSql(schema, sources)) await c.query(sql);
    await c.query(editionsTableSql(schema, chosen.filter((e): e is Edition => e !== undefined)));
    for (const sql of derivedTablesSql(schema)) await c.query(sql);
  }

  private announce(): void {
    this.viewNow = { state: this.state, editions: new Map(this.editions), problem: this.problem, persistent: this.options.storage.available() };
    for (const l of this.listeners) l();
  }
}

function schemaOf(table: string): TableSchema {
  const s = TABLES.find((t) => t.name === table);
  if (!s) throw new Error(`unknown table ${table}`);
  return s;
}

/** A table's current edition's SQL name in the editions schema (for tests and tools). */
export const editionRef = (id: string): string => ed(editionTable(id));
