import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocation, toHash } from '../../../src/state/url-state.ts';
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
