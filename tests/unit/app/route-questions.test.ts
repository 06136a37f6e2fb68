import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersGate, routeQuestions } from '../../../src/app/route-questions.ts';
import { parseRoute } from '../../../src/app/routes.ts';
import type { Coordinator } from '../../../src/data/coordinator.ts';
import { modelChunk, provinceChunk, snapshotChunks } from '../../../src/data/queries/snapshot-chunks.ts';
import { ROOT } from '../helpers.ts';

let coordinator: Coordinator;
beforeAll(async () => {
  const { nodeCoordinator } = await import('../../../src/node/build/node-data.ts');
  ({ coordinator } = await nodeCoordinator(ROOT));
});
afterAll(async () => { await coordinator.close(); });

describe('the questions a navigation waits for', () => {
  it("are the route's own from the snapshot's chunks (which a browser test keeps equal to what each view asks)", () => {
    const chunks = snapshotChunks([13], ['VN-31']);
    const inChunks = new Set(Object.values(chunks).flat());
    for (const path of ['/', '/model', '/model/13', '/province', '/province/VN-31', '/difficulties', '/quality']) {
      const qs = routeQuestions(parseRoute(path), {});
      expect(qs.length, path).toBeGreaterThan(0);
      for (const q of qs) expect(inChunks.has(q), `${path}: ${q.slice(0, 60)}`).toBe(true);
    }
    expect(routeQuestions(parseRoute('/model/13'), {})).toEqual(expect.arrayContaining(modelChunk(13).slice(0, 6)));
    expect(routeQuestions(parseRoute('/province/VN-31'), {})).toEqual(expect.arrayContaining(provinceChunk('VN-31').slice(0, 5)));
    // The overview's group filter is asked for the groups in the link; the wall and the briefs wait for nothing.
    expect(routeQuestions(parseRoute('/'), { groups: 'II' })).toEqual(expect.arrayContaining(chunks.groups?.slice(3, 6) ?? ['missing']));
    expect(routeQuestions(parseRoute('/wall'), {})).toEqual([]);
    expect(routeQuestions(parseRoute('/brief/model/13'), {})).toEqual([]);
  });

  it("waits for a model's answers not known yet, and for nothing once they are", async () => {
    const gate = answersGate(coordinator, () => null);
    const next = { path: '/model/21', params: {} };
    const wait = gate(next);
    expect(wait).not.toBeNull();
    await wait;
    for (const q of routeQuestions(parseRoute(next.path), {})) expect(coordinator.peek(q), q.slice(0, 60)).toBeDefined();
    expect(gate(next)).toBeNull();
    expect(gate({ path: '/model/21', params: { lang: 'en', status: 'deployed' } })).toBeNull();
  });

  it('asks an as-of link in its own context', async () => {
    const gate = answersGate(coordinator, () => null);
    const wait = gate({ path: '/model/22', params: { edition: '2024-07-01' } });
    expect(wait).not.toBeNull();
    await wait;
    for (const q of routeQuestions(parseRoute('/model/22'), {})) expect(coordinator.peek(q, 'asof_20240701'), q.slice(0, 60)).toBeDefined();
    for (const q of modelChunk(22).slice(0, 6)) expect(coordinator.peek(q), q.slice(0, 60)).toBeUndefined();
  });

  it("waits for the view's code until it has come", async () => {
    let ready = false;
    let fetched = 0;
    const code = Object.assign(async () => { fetched++; ready = true; return {}; }, { loaded: () => (ready ? {} : undefined) });
    const gate = answersGate(coordinator, () => code);
    await gate({ path: '/model/21', params: {} });  // its answers are known (the test above): only the code is waited for
    expect(fetched).toBe(1);
    expect(gate({ path: '/model/21', params: {} })).toBeNull();
  });
});
