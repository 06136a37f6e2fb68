/**
 * Competition ranking ("1224"): items with the same score share a rank, and the next rank counts
 * every item above it. The one ranking every view, brief, picture and wall scene uses, so a tie is
 * never broken by list order and numbered as if it were a place.
 */

/** An item and its place: `rank` is shared by the `tied` items of the same score, which fill places `rank`–`last`. */
export interface Ranked<T> {
  item: T;
  score: number;
  rank: number;
  last: number;
  tied: number;
}

/** Every item ranked by `score`, highest first; ties share a rank and keep their input order. */
export function competitionRanks<T>(items: readonly T[], score: (item: T) => number): Ranked<T>[] {
  const scored = items.map((item, i) => ({ item, score: score(item), i }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const tiedBy = new Map<number, number>();
  for (const s of scored) tiedBy.set(s.score, (tiedBy.get(s.score) ?? 0) + 1);
  const out: Ranked<T>[] = [];
  scored.forEach((s, i) => {
    const rank = i > 0 && scored[i - 1]?.score === s.score ? (out[i - 1]?.rank ?? i + 1) : i + 1;
    const tied = tiedBy.get(s.score) ?? 1;
    out.push({ item: s.item, score: s.score, rank, last: rank + tied - 1, tied });
  });
  return out;
}

/** A place among items that share a score. */
export interface Place<T> {
  rank: number;
  last: number;
  score: number;
  items: T[];
}

/** The places of a ranking, each with every item tied on it, best first. */
export function places<T>(ranked: readonly Ranked<T>[]): Place<T>[] {
  const out: Place<T>[] = [];
  for (const r of ranked) {
    const place = out[out.length - 1];
    if (place && place.rank === r.rank) place.items.push(r.item);
    else out.push({ rank: r.rank, last: r.last, score: r.score, items: [r.item] });
  }
  return out;
}

/** The places that start within the first `n` ranks: every tie on the last of them comes whole. */
export const topPlaces = <T>(ranked: readonly Ranked<T>[], n: number): Place<T>[] => places(ranked).filter((p) => p.rank <= n);

/** A rank as text: "7", or the places a tie fills, "28–32". */
export const rankText = (rank: number, last: number, format: (n: number) => string = String): string =>
  rank === last ? format(rank) : `${format(rank)}–${format(last)}`;
