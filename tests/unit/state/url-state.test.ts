import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocationStore, parseLocation, toHash } from '../../../src/state/url-state.ts';
import { parseRoute } from '../../../src/app/routes.ts';

describe('URL state', () => {
  it('reads parameters from the hash and from before it, which mean the same', () => {
    expect(parseLocation('', '#/model/13?lang=en')).toEqual({ path: '/model/13', params: { lang: 'en' } });
    expect(parseLocation('?lang=en', '#/model/13')).toEqual({ path: '/model/13', params: { lang: 'en' } });
    expect(parseLocation('?lang=vi', '#/model/13?lang=en').params.lang).toBe('en');
    expect(parseLocation('', '')).toEqual({ path: '/', params: {} });
  });

  it('writes short, stable links: empty parameters dropped, keys sorted', () => {
    expect(toHash('/model/13', { lang: 'en', groups: '', sort: undefined, basis: 'listed' })).toBe('#/model/13?basis=listed&lang=en');
    expect(toHash('/', {})).toBe('#/');
  });
});

describe('routes', () => {
  it.each([
    ['/', { name: 'overview' }], ['/model', { name: 'model', no: null }], ['/model/13', { name: 'model', no: 13 }],
    ['/model/45', { name: 'not_found', path: '/model/45' }], ['/model/abc', { name: 'not_found', path: '/model/abc' }],
    ['/province/VN-31', { name: 'province', code: 'VN-31', asGiven: 'VN-31' }],
    ['/province/B%C3%ACnh%20%C4%90%E1%BB%8Bnh', { name: 'province', code: 'VN-31', asGiven: 'Bình Định' }],
    ['/province/Atlantis', { name: 'not_found', path: '/province/Atlantis' }], ['/difficulties', { name: 'difficulties' }],
    ['/quality', { name: 'quality' }], ['/data', { name: 'data' }], ['/elsewhere', { name: 'not_found', path: '/elsewhere' }],
  ])('%s', (path, route) => expect(parseRoute(path)).toEqual(route));

  // Issue 16.2: a malformed escape used to throw out of the app's first render and blank the page.
  it.each(['/%zz', '/model/%zz', '/province/%E0%A4%A', '/province/%', '/brief/model/%E0', '/brief/province/%C3', '/%', '/data/%FF%FE'])(
    'a malformed escape is a page not found, never a throw: %s', (path) => {
      expect(parseRoute(path)).toEqual({ name: 'not_found', path });
    });

  it('any path at all gives a route', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => { expect(parseRoute(`/${s}`).name).toBeTypeOf('string'); }));
    fc.assert(fc.property(fc.array(fc.constantFrom('%', 'zz', 'E0', 'A4', '/', 'model', 'province', '13', '..', 'VN-31'), { maxLength: 8 }), (p) => {
      expect(parseRoute(`/${p.join('')}`).name).toBeTypeOf('string');
    }));
  });
});

describe('parameters with malformed escapes are read, never thrown', () => {
  it.each([
    ['#/model/13?lang=%zz', { lang: '%zz' }], ['#/wall?province=%E0%A4%A', { province: '\uFFFD%A' }], ['#/?groups=%&map=%FF', { groups: '%', map: '\uFFFD' }],
  ])('%s', (hash, params) => expect(parseLocation('', hash).params).toEqual(params));
});

describe('the location the views draw (LocationStore)', () => {
  /** A URL of the test's own: `go` changes it and tells the store, as the window's hashchange does. */
  function fakeUrl(hash = '#/model/1') {
    let now = hash;
    let listener: (() => void) | null = null;
    return {
      source: { read: () => ({ search: '', hash: now }), listen: (l: () => void) => { listener = l; return () => { listener = null; }; } },
      go: (h: string) => { now = h; listener?.(); },
    };
  }
  const deferred = () => { let resolve!: () => void; let reject!: (e: Error) => void; const promise = new Promise<void>((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('without a gate, draws a new URL at once and tells who listens', () => {
    const url = fakeUrl();
    const store = new LocationStore(url.source);
    let told = 0;
    store.subscribe(() => { told++; });
    expect(store.snapshot().path).toBe('/model/1');
    url.go('#/model/2');
    expect(store.snapshot().path).toBe('/model/2');
    expect(told).toBe(1);
  });

  it('holds a navigation until its gate lets it, the URL itself read at once', async () => {
    const url = fakeUrl();
    const store = new LocationStore(url.source, 10_000);
    const asked: string[] = [];
    const answers = deferred();
    store.setGate((next) => { asked.push(next.path); return answers.promise; });
    let told = 0;
    store.subscribe(() => { told++; });
    store.snapshot();
    url.go('#/model/2?lang=en');
    expect(asked).toEqual(['/model/2']);
    expect(store.snapshot().path).toBe('/model/1');  // a render meanwhile still draws the old location
    expect(store.latest()).toEqual({ path: '/model/2', params: { lang: 'en' } });  // what links and filters write over
    expect(told).toBe(0);
    answers.resolve();
    await tick();
    expect(store.snapshot()).toEqual({ path: '/model/2', params: { lang: 'en' } });
    expect(told).toBe(1);
  });

  it('never holds longer than its limit, nor for a gate that fails or throws', async () => {
    const url = fakeUrl();
    const store = new LocationStore(url.source, 20);
    store.subscribe(() => undefined);
    store.setGate(() => new Promise(() => undefined));
    url.go('#/model/2');
    await new Promise((r) => setTimeout(r, 60));
    expect(store.snapshot().path).toBe('/model/2');
    store.setGate(() => Promise.reject(new Error('the engine stopped')));
    url.go('#/model/3');
    await tick();
    expect(store.snapshot().path).toBe('/model/3');
    store.setGate(() => { throw new Error('a broken gate'); });
    url.go('#/model/4');
    expect(store.snapshot().path).toBe('/model/4');
  });

  it('draws the newest navigation: one superseded while it waits is never drawn', async () => {
    const url = fakeUrl();
    const store = new LocationStore(url.source, 10_000);
    const drawn: string[] = [];
    store.subscribe(() => drawn.push(store.snapshot().path));
    const gates = new Map<string, ReturnType<typeof deferred>>();
    store.setGate((next) => { const d = deferred(); gates.set(next.path, d); return d.promise; });
    store.snapshot();
    url.go('#/model/2');
    url.go('#/model/3');
    gates.get('/model/3')?.resolve();
    await tick();
    gates.get('/model/2')?.resolve();
    await tick();
    expect(drawn).toEqual(['/model/3']);
    // Back to the location drawn while another waits: that one is dropped.
    url.go('#/model/4');
    url.go('#/model/3');
    gates.get('/model/4')?.resolve();
    await tick();
    expect(store.snapshot().path).toBe('/model/3');
    expect(drawn).toEqual(['/model/3']);
  });

  it('tells its URL source which URL the views draw', async () => {
    const url = fakeUrl();
    const drawn: string[] = [];
    const store = new LocationStore({ ...url.source, drawn: (key) => drawn.push(key) }, 10_000);
    store.subscribe(() => undefined);
    store.snapshot();
    const answers = deferred();
    store.setGate(() => answers.promise);
    url.go('#/model/2');
    expect(drawn).toEqual(['#/model/1']);
    answers.resolve();
    await tick();
    expect(drawn).toEqual(['#/model/1', '#/model/2']);
  });

  it('a gate that answers null (answers known) draws at once', () => {
    const url = fakeUrl();
    const store = new LocationStore(url.source);
    store.setGate(() => null);
    store.subscribe(() => undefined);
    url.go('#/province/VN-31');
    expect(store.snapshot().path).toBe('/province/VN-31');
  });
});
