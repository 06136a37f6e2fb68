/**
 * The questions a route's view asks first, for its location: what a navigation waits for before
 * the view draws (see `setNavigationGate` in url-state.ts), with the view's code. Built from the
 * same lists as the build-time snapshot's chunks, which a browser test keeps equal to what each
 * view asks.
 */
import { MAIN, type Coordinator } from '../data/coordinator.ts';
import { modelListSql, provinceListSql } from '../data/queries/catalogue.ts';
import { modelViewQuestions } from '../data/queries/model.ts';
import { overviewQuestions } from '../data/queries/overview.ts';
import { provinceViewQuestions } from '../data/queries/province.ts';
import { fixedChunk } from '../data/queries/snapshot-chunks.ts';
import { asOfContext } from '../data/editions/edition-sql.ts';
import { parseGroups } from '../state/overview-state.ts';
import type { NavigationGate } from '../state/url-state.ts';
import { parseRoute, type Route } from './routes.ts';
import { viewCodeOf } from './view-code.ts';

/** The questions `route` asks first with `params` (the overview's `?groups=`); none for a route whose questions are few and fixed. */
export function routeQuestions(route: Route, params: Readonly<Record<string, string | undefined>>): string[] {
  switch (route.name) {
    case 'overview': return overviewQuestions(parseGroups(params.groups));
    case 'model': return route.no === null ? [modelListSql()] : [...fixedChunk('models'), ...modelViewQuestions(route.no)];
    case 'province': return route.code === null ? [provinceListSql()] : [...fixedChunk('provinces'), ...provinceViewQuestions(route.code)];
    case 'difficulties': return fixedChunk('difficulties');
    case 'quality': return fixedChunk('quality');
    default: return [];
  }
}

/**
 * The app's navigation gate: once the engine is ready, a navigation waits for the new view's
 * first answers not known yet (asked at once, in one round trip) and for its code if it has not
 * come, so the view draws once, whole, instead of a loading notice or the last view's rows first.
 * Before that, the build-time snapshot answers or the view waits for the engine as it would.
 */
export function answersGate(coordinator: Coordinator, codeOf: (route: Route) => ReturnType<typeof viewCodeOf> = viewCodeOf): NavigationGate {
  return (next) => {
    if (coordinator.progress.stage !== 'ready') return null;
    const route = parseRoute(next.path);
    const context = (next.params.edition && asOfContext(next.params.edition)) || MAIN;
    const waits: Promise<unknown>[] = routeQuestions(route, next.params)
      .filter((sql) => coordinator.peek(sql, context) === undefined)
      .map((sql) => coordinator.query(sql, { context }));
    const code = codeOf(route);
    if (code && code.loaded() === undefined) waits.push(code());
    return waits.length === 0 ? null : Promise.all(waits);
  };
}
