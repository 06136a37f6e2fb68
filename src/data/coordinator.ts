/**
 * The coordinator (after Mosaic's Coordinator): the one owner of DuckDB. It starts the engine and
 * loads the data, answers questions (cached by data version, context and SQL text), sends the
 * questions asked together to the engine in one round trip, answers from the build-time snapshot
 * while the engine starts, fetches what the user is likely to ask next when nothing else waits,
 * runs changes of the data one at a time, and restarts the engine only when it is dead or stops
 * answering. Views reach it through `useQuery`; tests give it a DuckDB under Node.
 */
import { asError } from '../lib/errors.ts';
import type { Connector, PlainRow } from './engine/connector.ts';

/** Where the engine's start is: the dashboard shows it while the first questions wait. */
export type BootProgress =
  | { stage: 'engine' }
  | { stage: 'tables'; loaded: number; total: number }
  | { stage: 'ready' }
  | { stage: 'failed'; error: Error };

/** The query context of the current data (other contexts are editions as of a date: edition-contexts.ts). */
export const MAIN = 'main';

/** How a coordinator starts and fills an engine. */
export interface CoordinatorOptions {
  /** Starts a fresh engine. */
  connect: () => Promise<Connector>;
  /** Loads the data into a fresh engine, telling how far it is. */
  load: (connector: Connector, progress: (loaded: number, total: number) => void) => Promise<void>;
  /** Makes a query context ready (its schema and views) before its first question. */
  prepare?: (connector: Connector, context: string) => Promise<void>;
  /** Whether the build-time snapshot may answer (it holds answers of the bundled data only). */
  snapshotUsable?: () => boolean;
  /** How long a question may take before the engine is taken for dead (ms). */
  queryTimeoutMs?: number;
  /** How many answers are kept. */
  cacheSize?: number;
  log?: (message: string, error?: unknown) => void;
}

/** How a question is asked. */
export interface AskOptions {
  /** The data it is asked of (default: the current data). */
  context?: string;
  /** `prefetch`: only when nothing else waits, and never an error to anyone. */
  priority?: 'now' | 'prefetch';
}

interface Job {
  sql: string;
  context: string;
  resolve: (rows: PlainRow[]) => void;
  reject: (error: Error) => void;
  /** Answered already (by a chunk of the snapshot that came while it waited for the engine). */
  settled?: boolean;
}

interface Answer {
  promise: Promise<PlainRow[]>;
  rows?: PlainRow[];
  /** A question asked ahead and not sent yet: asked now if someone asks it meanwhile. */
  ahead?: Job;
}

/** Thrown to the questions that were waiting when the engine stopped answering. */
export class EngineTimeout extends Error {}

/** The one owner of a DuckDB engine and of every answer it gives. */
export class Coordinator {
  private engine: Promise<Connector> | null = null;
  private restarting: Promise<void> | null = null;
  private progressNow: BootProgress = { stage: 'engine' };
  private versionNow = 0;
  private readonly answers = new Map<string, Answer>();
  private readonly snapshot = new Map<string, PlainRow[]>();
  private servedSnapshot = false;
  private everReady = false;
  private readonly waiting: Job[] = [];
  private readonly prefetching: Job[] = [];
  /** Questions asked and not yet sent to the engine. */
  private readonly unsent = new Set<Job>();
  private flushScheduled = false;
  private tail: Promise<unknown> = Promise.resolve();
  private busy = 0;
  private searchPath: string | null = null;
  private readonly prepared = new Set<string>();
  private readonly versionListeners = new Set<() => void>();
  private readonly progressListeners = new Set<(p: BootProgress) => void>();

  constructor(private readonly options: CoordinatorOptions) {}

  /** A number that changes whenever the loaded data change: answers of an older version are not reused. */
  get version(): number { return this.versionNow; }

  /** Where the engine's start is. */
  get progress(): BootProgress { return this.progressNow; }

  /** Calls `listener` on every change of the data; returns the unsubscribe function. */
  onVersion(listener: () => void): () => void {
    this.versionListeners.add(listener);
    return () => this.versionListeners.delete(listener);
  }

  /** Calls `listener` now and on every step of the engine's start; returns the unsubscribe function. */
  onProgress(listener: (p: BootProgress) => void): () => void {
    this.progressListeners.add(listener);
    listener(this.progressNow);
    return () => this.progressListeners.delete(listener);
  }

  /**
   * Adds build-time answers (SQL text → rows) for the current data's context; questions waiting for
   * the engine that they answer are answered at once.
   */
  addSnapshot(answers: Readonly<Record<string, readonly unknown[]>>): void {
    for (const [sql, rows] of Object.entries(answers)) this.snapshot.set(sql, rows as PlainRow[]);
    for (const job of this.unsent) {
      const rows = this.fromSnapshot(job.sql, job.context);
      if (!rows) continue;
      this.servedSnapshot = true;
      job.settled = true;
      this.unsent.delete(job);
      job.resolve(rows);
    }
    // Views whose questions failed because the engine could not start ask again: some are answered now.
    if (this.progressNow.stage === 'failed') this.publish();
  }

  /** The rows of a question if they are known now (an answer in hand, or the snapshot's), else undefined. */
  peek<T>(sql: string, context = MAIN): T[] | undefined {
    const known = this.answers.get(this.key(context, sql))?.rows ?? this.fromSnapshot(sql, context);
    return known as T[] | undefined;
  }

  /** Answers a question. */
  query<T>(sql: string, options: AskOptions = {}): Promise<T[]> {
    const context = options.context ?? MAIN;
    const key = this.key(context, sql);
    const known = this.answers.get(key);
    if (known) {
      if (known.ahead && options.priority !== 'prefetch') this.promote(known);
      return this.touch(key, known).promise as Promise<T[]>;
    }
    const snap = this.fromSnapshot(sql, context);
    if (snap) {
      this.servedSnapshot = true;
      return Promise.resolve(snap as T[]);
    }
    let job!: Job;
    const promise = new Promise<PlainRow[]>((resolve, reject) => { job = { sql, context, resolve, reject }; });
    const answer: Answer = { promise };
    this.remember(key, answer);
    promise.then((rows) => { answer.rows = rows; }, () => { if (this.answers.get(key) === answer) this.answers.delete(key); });
    this.unsent.add(job);
    if (options.priority === 'prefetch') { answer.ahead = job; this.prefetching.push(job); } else this.waiting.push(job);
    this.scheduleFlush();
    return promise as Promise<T[]>;
  }

  /** A question asked ahead that someone now waits for: it goes with the questions asked now, if it has not gone yet. */
  private promote(answer: Answer): void {
    const job = answer.ahead;
    answer.ahead = undefined;
    const at = job ? this.prefetching.indexOf(job) : -1;
    if (!job || at < 0) return;
    this.prefetching.splice(at, 1);
    this.waiting.push(job);
    this.scheduleFlush();
  }

  /**
   * Asks questions ahead, for when the user gets there; nothing is shown of their failures. Only of
   * a ready engine: asking ahead never starts one, nor tries again one that failed to start.
   */
  prefetch(sqls: readonly string[], context = MAIN): void {
    if (this.progressNow.stage !== 'ready') return;
    for (const sql of sqls) if (!this.answers.has(this.key(context, sql))) this.query(sql, { context, priority: 'prefetch' }).catch(() => undefined);
  }

  /** Starts the engine and loads the data, once; a failed start can be retried by calling again. */
  start(): Promise<Connector> {
    this.engine ??= this.boot().catch((error: unknown) => {
      this.engine = null;
      const err = asError(error);
      this.setProgress({ stage: 'failed', error: err });
      throw err;
    });
    return this.engine;
  }

  /**
   * Runs a change of the engine's data on its own (no question runs meanwhile, and changes run one
   * after another). Call `publish` once the change is final, so every view asks again.
   */
  exclusive<T>(work: (connector: Connector) => Promise<T>): Promise<T> {
    // Loading a large table takes longer than a question: it gets six question-times.
    return this.serial(async (c) => {
      try {
        return await work(c);
      } finally {
        // A change may create or drop schemas and tables: contexts are prepared anew.
        this.searchPath = null;
        this.prepared.clear();
      }
    }, 6);
  }

  /** Tells every view that the data changed: answers of the old data are forgotten. */
  publish(): void {
    this.versionNow++;
    this.answers.clear();
    this.prepared.clear();
    for (const l of this.versionListeners) l();
  }

  /** Checks that the engine answers; restarts it only if it does not (a scene that failed for its own reasons restarts nothing). */
  async check(): Promise<void> {
    if (this.progressNow.stage === 'failed') { await this.start(); return; }
    await this.serial((c) => c.query('SELECT 1')).catch((error: unknown) => {
      if (error instanceof EngineTimeout) return;  // the timeout already restarts it
      return this.restart(asError(error));
    });
  }

  /** Stops the engine (its worker too) and starts a new one with the data reloaded; one restart at a time. */
  restart(reason: Error): Promise<void> {
    this.restarting ??= (async () => {
      this.options.log?.('coordinator: restarting the engine', reason);
      const old = this.engine;
      this.engine = null;
      await old?.then((c) => c.close(), () => undefined);
      await this.start();
      this.publish();
    })().finally(() => { this.restarting = null; });
    return this.restarting;
  }

  /** Stops the engine for good (tests, page unload). */
  async close(): Promise<void> {
    const old = this.engine;
    this.engine = null;
    await old?.then((c) => c.close(), () => undefined);
  }

  private async boot(): Promise<Connector> {
    this.setProgress({ stage: 'engine' });
    const c = await this.options.connect();
    try {
      await this.options.load(c, (loaded, total) => this.setProgress({ stage: 'tables', loaded, total }));
    } catch (error) {
      await c.close();
      throw error;
    }
    c.onDeath((error) => { void this.restart(error); });
    this.searchPath = null;
    this.prepared.clear();
    this.everReady = true;
    this.setProgress({ stage: 'ready' });
    // Views fed by the snapshot ask again; the same answers keep their identity (useQuery), so nothing redraws.
    if (this.servedSnapshot) { this.servedSnapshot = false; this.publish(); }
    return c;
  }

  private setProgress(p: BootProgress): void {
    this.progressNow = p;
    for (const l of this.progressListeners) l(p);
  }

  private key(context: string, sql: string): string {
    return `${this.versionNow}\u0001${context}\u0001${sql}`;
  }

  private fromSnapshot(sql: string, context: string): PlainRow[] | undefined {
    // Only before the engine's first start: later the data may have moved on from the build's.
    if (context !== MAIN || this.everReady) return undefined;
    if (!(this.options.snapshotUsable?.() ?? true)) return undefined;
    return this.snapshot.get(sql);
  }

  private remember(key: string, answer: Answer): void {
    this.answers.set(key, answer);
    const limit = this.options.cacheSize ?? 600;
    while (this.answers.size > limit) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
  }

  private touch(key: string, answer: Answer): Answer {
    this.answers.delete(key);
    this.answers.set(key, answer);
    return answer;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // The questions a render asks arrive in the same task: gather them, then send them together.
    queueMicrotask(() => { this.flushScheduled = false; this.flush(); });
  }

  private flush(): void {
    if (this.waiting.length > 0) {
      const jobs = this.waiting.splice(0);
      for (const context of new Set(jobs.map((j) => j.context))) {
        const mine = jobs.filter((j) => j.context === context);
        void this.serial((c) => this.run(c, context, mine)).catch((e: unknown) => this.fail(mine, e));
      }
    }
    // Questions asked ahead wait until nothing else does.
    if (this.prefetching.length > 0 && this.busy === 0) {
      setTimeout(() => {
        if (this.busy > 0 || this.waiting.length > 0) { this.scheduleFlushLater(); return; }
        const jobs = this.prefetching.splice(0, 8);  // small batches: a question asked meanwhile waits little
        for (const j of jobs) { const a = this.answers.get(this.key(j.context, j.sql)); if (a?.ahead === j) a.ahead = undefined; }
        for (const context of new Set(jobs.map((j) => j.context))) {
          const mine = jobs.filter((j) => j.context === context);
          void this.serial((c) => this.run(c, context, mine)).catch((e: unknown) => this.fail(mine, e));
        }
        if (this.prefetching.length > 0) this.scheduleFlushLater();
      }, 0);
    } else if (this.prefetching.length > 0) this.scheduleFlushLater();
  }

  /** Questions that could not be sent (the engine did not start) fail with its error. */
  private fail(jobs: readonly Job[], error: unknown): void {
    for (const j of jobs) { this.unsent.delete(j); j.reject(asError(error)); }
  }

  private scheduleFlushLater(): void {
    setTimeout(() => this.scheduleFlush(), 30);
  }

  /** Runs `work` on the engine after everything before it, with a deadline. */
  private serial<T>(work: (c: Connector) => Promise<T>, times = 1): Promise<T> {
    const run = this.tail.then(async () => {
      this.busy++;
      try {
        const c = await (this.restarting ? this.restarting.then(() => this.start()) : this.start());
        return await this.deadline(work(c), times);
      } finally {
        this.busy--;
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async deadline<T>(work: Promise<T>, times: number): Promise<T> {
    const ms = (this.options.queryTimeoutMs ?? 10_000) * times;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const error = new EngineTimeout(`the database did not answer within ${ms / 1000} s`);
        reject(error);
        void this.restart(error);
      }, ms);
    });
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Answers a context's questions, in one round trip; a failing question fails alone. */
  private async run(c: Connector, context: string, asked: readonly Job[]): Promise<void> {
    for (const j of asked) this.unsent.delete(j);
    const jobs = asked.filter((j) => !j.settled);
    if (jobs.length === 0) return;
    if (context !== MAIN && !this.prepared.has(context)) {
      await this.options.prepare?.(c, context);
      this.prepared.add(context);
    }
    const path = context === MAIN ? MAIN : `${context},${MAIN}`;
    if (this.searchPath !== path) {
      await c.query(`SET search_path = '${path.replace(/'/g, "''")}'`);
      this.searchPath = path;
    }
    const sqls = [...new Set(jobs.map((j) => j.sql))];
    const answers = await c.queryAll(sqls);
    sqls.forEach((sql, i) => {
      const a = answers[i] ?? { status: 'rejected', reason: new Error('the database gave no answer to this question') };
      for (const j of jobs) {
        if (j.sql !== sql) continue;
        if (a.status === 'fulfilled') j.resolve(a.value); else j.reject(asError(a.reason));
      }
    });
  }
}
