/** Which chunks of answers ahead of the engine each route draws from (src/data/queries/snapshot-chunks.ts). */
import { modelChunkName, provinceChunkName } from '../data/queries/snapshot-chunks.ts';
import type { Route } from './routes.ts';

/** The chunks a route's first questions are in (the sources' are in the app already); `params`: the link's (`?groups=`). */
export function chunksOf(route: Route, params: Readonly<Record<string, string | undefined>> = {}): string[] {
  switch (route.name) {
    case 'overview': return params.groups ? ['overview', 'groups'] : ['overview'];
    case 'model': return route.no === null ? ['models'] : ['models', modelChunkName(route.no)];
    case 'province': return route.code === null ? ['provinces'] : ['provinces', provinceChunkName(route.code)];
    case 'difficulties': return ['difficulties'];
    case 'quality': return ['quality'];
    case 'data': return ['data'];
    case 'wall': return ['wall'];
    case 'brief': return route.kind === 'model' ? [modelChunkName(route.no)] : ['provinces', 'difficulties', provinceChunkName(route.code)];
    case 'not_found': return [];
  }
}

/** Whether a route draws the map of provinces on its first screen (then its shapes are fetched at once, beside the view's code). */
export function drawsMap(route: Route): boolean {
  switch (route.name) {
    case 'overview': case 'wall': case 'brief': return true;
    case 'model': return route.no !== null;
    case 'province': return route.code !== null;
    default: return false;
  }
}
