/** Pure derivations of the wall's national and group scenes: the leading places, ties kept whole. */
import { competitionRanks, topPlaces } from '../../../lib/ranking.ts';

/** A leading place: its shared rank, the score, and the provinces on it (named when few, else counted). */
export interface LeadingPlace {
  rank: number;
  deployed: number;
  models: number;
  count: number;
  /** The provinces' names when there are at most `nameUpTo`; null when the place is shown as a count. */
  names: string[] | null;
}

/**
 * The places within the first `n` ranks by models deployed: provinces tied on a place share its
 * rank, and a place held by more than `nameUpTo` provinces is shown as how many ("27 provinces at
 * 5/5") rather than as the few names that list order would pick.
 */
export function leadingPlaces<T extends { deployed: number; models: number }>(
  rows: readonly T[], name: (row: T) => string, n = 5, nameUpTo = 3,
): LeadingPlace[] {
  return topPlaces(competitionRanks(rows, (r) => r.deployed), n).map((p) => ({
    rank: p.rank,
    deployed: p.score,
    models: p.items[0]?.models ?? 0,
    count: p.items.length,
    names: p.items.length <= nameUpTo ? p.items.map(name) : null,
  }));
}
