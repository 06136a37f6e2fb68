import { afterEach, describe, expect, it } from 'vitest';
import { startNodeConnector } from '../../../src/node/build/node-connector.ts';
import { Coordinator, EngineTimeout, type CoordinatorOptions } from '../../../src/data/coordinator.ts';
import type { Connector } from '../../../src/data/engine/connector.ts';

/** A Node DuckDB with a table `t(i, s)`, logging each round trip it is sent (search_path switches aside): a statement, or several together. */
async function countingEngine(log: string[], options: { hang?: () => boolean } = {}): Promise<Connector & { kill(): void }> {
  const c = await startNodeConnector();
  return {
    ...c,
    query: (sql) => {
      if (!/^SET search_path/.test(sql)) log.push(sql);
      if (options.hang?.()) return new Promise(() => undefined);
      return c.query(sql);
    },
    queryAll: (sqls) => {
      log.push(sqls.join('\n;\n'));
      if (options.hang?.()) return new Promise(() => undefined);
      return c.queryAll(sqls);
    },
  };
}

const load: CoordinatorOptions['load'] = async (c) => {
  await c.query(`CREATE TABLE t AS SELECT range::INTEGER AS i, 'v' || range AS s FROM range(10)`);
  await c.query(`CREATE SCHEMA other; CREATE TABLE other.t AS SELECT (range * 100)::INTEGER AS i, 'w' || range AS s FROM range(3)`);
};

const made: Coordinator[] = [];
function coordinator(log: string[], extra: Partial<CoordinatorOptions> = {}, engines: (Connector & { kill(): void })[] = []): Coordinator {
  const c = new Coordinator({
    connect: async () => { const e = await countingEngine(log); engines.push(e); return e; },
    load,
    prepare: async () => undefined,
    ...extra,
  });
  made.push(c);
  return c;
}

afterEach(async () => { for (const c of made.splice(0)) await c.close(); });

describe('the coordinator', () => {
  it('answers a question, and the same question again from its cache', async () => {
    const log: string[] = [];
    const c = coordinator(log);
    const rows = await c.query<{ i: number }>('SELECT i FROM t ORDER BY i DESC LIMIT 2');
    expect(rows).toEqual([{ i: 9 }, { i: 8 }]);
    const sent = log.length;
    expect(await c.query('SELECT i FROM t ORDER BY i DESC LIMIT 2')).toBe(rows);
    expect(log.length).toBe(sent);
    expect(c.peek('SELECT i FROM t ORDER BY i DESC LIMIT 2')).toBe(rows);
  });

  it('sends the questions of one render in one round trip, each answered in its own order', async () => {
    const log: string[] = [];
    const c = coordinator(log);
    await c.start();
    const sent = log.length;
    const questions = ['SELECT i FROM t ORDER BY i DESC', 'SELECT s FROM t WHERE i < 3 ORDER BY s', 'SELECT count(*) AS n FROM t -- a comment at the end'];
    const answers = await Promise.all(questions.map((q) => c.query(q)));
    expect(log.length - sent).toBe(1);
    expect(answers[0]).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((i) => ({ i })));
    expect(answers[1]).toEqual([{ s: 'v0' }, { s: 'v1' }, { s: 'v2' }]);
    expect(answers[2]).toEqual([{ n: 10 }]);
  });

  it('lets one failing question fail alone: the others of its batch are answered', async () => {
    const c = coordinator([]);
    const [good, bad, empty] = await Promise.allSettled([c.query('SELECT max(i) AS m FROM t'), c.query('SELECT nope FROM t'), c.query('SELECT i FROM t WHERE false')]);
    expect(good).toEqual({ status: 'fulfilled', value: [{ m: 9 }] });
    expect(bad.status).toBe('rejected');
    expect(empty).toEqual({ status: 'fulfilled', value: [] });
  });

  it('forgets every answer when the data change, and tells who listens', async () => {
    const log: string[] = [];
    const c = coordinator(log);
    await c.query('SELECT count(*) AS n FROM t');
    let told = 0;
    c.onVersion(() => { told++; });
    await c.exclusive((e) => e.query('INSERT INTO t VALUES (10, \'v10\')'));
    c.publish();
    expect(told).toBe(1);
    expect(c.peek('SELECT count(*) AS n FROM t')).toBeUndefined();
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 11 }]);
  });

  it('asks each context in its own schema', async () => {
    const prepared: string[] = [];
    const c = coordinator([], { prepare: async (_e, context) => { prepared.push(context); } });
    const [here, there] = await Promise.all([c.query('SELECT count(*) AS n FROM t'), c.query('SELECT count(*) AS n FROM t', { context: 'other' })]);
    expect(here).toEqual([{ n: 10 }]);
    expect(there).toEqual([{ n: 3 }]);
    await c.query('SELECT max(i) AS m FROM t', { context: 'other' });
    expect(prepared).toEqual(['other']);
  });

  it('restarts a dead engine (its worker crashed), reloads the data and answers again', async () => {
    const engines: (Connector & { kill(): void })[] = [];
    const c = coordinator([], {}, engines);
    await c.query('SELECT 1 AS x');
    let told = 0;
    c.onVersion(() => { told++; });
    engines[0]?.kill();
    await expect.poll(() => engines.length).toBe(2);
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 10 }]);
    expect(c.progress.stage).toBe('ready');
    expect(told).toBe(1);
  });

  it('does not restart an engine that answers when a view fails for its own reasons', async () => {
    const engines: (Connector & { kill(): void })[] = [];
    const c = coordinator([], {}, engines);
    await c.query('SELECT 1 AS x');
    await c.check();
    expect(engines).toHaveLength(1);
  });

  it('takes an engine that stops answering for dead: the question fails, a new engine answers the next', async () => {
    let hang = false;
    const log: string[] = [];
    const engines: Connector[] = [];
    const c = new Coordinator({ connect: async () => { const e = await countingEngine(log, { hang: () => hang && engines.length === 1 }); engines.push(e); return e; }, load, queryTimeoutMs: 300 });
    made.push(c);
    await c.start();
    hang = true;
    await expect(c.query('SELECT max(i) AS m FROM t')).rejects.toBeInstanceOf(EngineTimeout);
    await expect.poll(() => c.progress.stage).toBe('ready');
    expect(engines).toHaveLength(2);
    expect(await c.query('SELECT max(i) AS m FROM t')).toEqual([{ m: 9 }]);
  });

  it('leaves no engine behind when a start fails, and starts again when asked', async () => {
    const engines: (Connector & { kill(): void })[] = [];
    let closed = 0;
    let fail = true;
    const c = new Coordinator({
      connect: async () => { const e = await countingEngine([]); engines.push(e); const close = e.close; return { ...e, close: async () => { closed++; await close(); } }; },
      load: async (e, p) => { if (fail) throw new Error('a table could not be read'); await load(e, p); },
    });
    made.push(c);
    await expect(c.start()).rejects.toThrow('a table could not be read');
    expect(c.progress.stage).toBe('failed');
    expect(closed).toBe(1);
    fail = false;
    await c.start();
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 10 }]);
    expect(engines).toHaveLength(2);
  });

  it('answers from the build-time snapshot before the engine is ready, and never after', async () => {
    const c = coordinator([]);
    c.addSnapshot({ 'SELECT count(*) AS n FROM t': [{ n: 10 }] });
    expect(c.peek('SELECT count(*) AS n FROM t')).toEqual([{ n: 10 }]);
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 10 }]);
    await c.start();
    expect(c.version).toBe(1);  // views fed by the snapshot ask again
    await c.exclusive((e) => e.query('DELETE FROM t WHERE i > 4'));
    c.publish();
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 5 }]);
  });

  it('does not use the snapshot when it may not (this browser holds uploads)', async () => {
    const c = coordinator([], { snapshotUsable: () => false });
    c.addSnapshot({ 'SELECT count(*) AS n FROM t': [{ n: 999 }] });
    expect(c.peek('SELECT count(*) AS n FROM t')).toBeUndefined();
    expect(await c.query('SELECT count(*) AS n FROM t')).toEqual([{ n: 10 }]);
  });

  it('asks prefetched questions after the ones that wait, and keeps their answers', async () => {
    const log: string[] = [];
    const c = coordinator(log);
    await c.start();
    c.prefetch(['SELECT min(i) AS m FROM t']);
    const now = c.query('SELECT max(i) AS m FROM t');
    await now;
    await expect.poll(() => c.peek('SELECT min(i) AS m FROM t')).toEqual([{ m: 0 }]);
    const order = log.filter((q) => q.includes('(i) AS m'));
    expect(order[0]).toContain('max(i)');
  });

  it('asks at once a question asked ahead that someone now waits for', async () => {
    const log: string[] = [];
    const c = coordinator(log);
    await c.start();
    // Asked ahead while another question holds the engine: the prefetch waits its turn…
    const busy = c.query('SELECT count(*) AS n FROM t');
    c.prefetch(['SELECT min(i) AS m FROM t', 'SELECT sum(i) AS s FROM t']);
    // …until a view asks one of them: it goes with the questions asked now, the other stays ahead.
    const wanted = c.query('SELECT sum(i) AS s FROM t');
    await busy;
    expect(await wanted).toEqual([{ s: 45 }]);
    const sent = log.filter((q) => /min\(i\)|sum\(i\)/.test(q));
    expect(sent[0]).toContain('sum(i)');
    expect(sent[0]).not.toContain('min(i)');
    await expect.poll(() => c.peek('SELECT min(i) AS m FROM t')).toEqual([{ m: 0 }]);
  });

  it('asks nothing ahead of an engine that has not started or failed to start (it would start it again)', async () => {
    let starts = 0;
    const c = coordinator([], { connect: async () => { starts++; throw new Error('the wasm could not be fetched'); } });
    c.prefetch(['SELECT 1 AS x']);
    await expect(c.start()).rejects.toThrow('wasm');
    c.prefetch(['SELECT 2 AS x']);
    await new Promise((r) => setTimeout(r, 100));
    expect(starts).toBe(1);
    expect(c.progress.stage).toBe('failed');
  });
});
