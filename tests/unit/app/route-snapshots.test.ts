/** Issue 13.2: what a route fetches at once, beside its code: its chunks of build-time answers, and the map's shapes where it draws one. */
import { describe, expect, it } from 'vitest';
import { chunksOf, drawsMap } from '../../../src/app/route-snapshots.ts';
import { parseRoute } from '../../../src/app/routes.ts';
import { levelOfParam } from '../../../src/map/geo-data.ts';

describe('what a route fetches at once', () => {
  it('the overview fetches its own chunk (not built into the app), and the groups chunk for a group filter', () => {
    expect(chunksOf(parseRoute('/'))).toEqual(['overview']);
    expect(chunksOf(parseRoute('/'), { groups: 'II' })).toEqual(['overview', 'groups']);
    expect(chunksOf(parseRoute('/model/13'))).toEqual(['models', 'model-13']);
  });

  it('the routes with a map on their first screen fetch its shapes, the others do not', () => {
    for (const path of ['/', '/model/13', '/province/VN-31', '/wall', '/brief/model/13']) expect(drawsMap(parseRoute(path)), path).toBe(true);
    for (const path of ['/model', '/province', '/difficulties', '/quality', '/data', '/nowhere']) expect(drawsMap(parseRoute(path)), path).toBe(false);
  });

  it('?map=34 asks for the 34 units, anything else for the 63 provinces', () => {
    expect(levelOfParam('34')).toBe('unit');
    expect(levelOfParam(undefined)).toBe('province');
    expect(levelOfParam('63')).toBe('province');
  });
});
