/** Summaries of repeated measurements, and the printed table. */

/** One line of bench/results.json. */
export interface Result {
  name: string;
  unit: string;
  min: number;
  median: number;
  p95: number;
  max: number;
  runs: number;
  /** The budget of issue 7, where there is one (same unit), and the statistic it is judged on. */
  budget?: number;
  judgedOn?: Judged;
}

/** Issue 7 judges cold loads and sizes on the median, interactions on the p95, long tasks on the worst. */
export type Judged = 'median' | 'p95' | 'max';

const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (pos - lo);
};

/** Min, median and 95th percentile of a set of measurements. */
export function summarise(name: string, unit: string, values: readonly number[], budget?: number, judgedOn: Judged = 'median'): Result {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  return {
    name, unit, min: sorted[0] ?? NaN, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN, runs: sorted.length,
    ...(budget === undefined ? {} : { budget, judgedOn }),
  };
}

const fmt = (v: number): string => (!Number.isFinite(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/** The results as an aligned text table, with the budget, the statistic it is judged on and whether it is met. */
export function table(results: readonly Result[]): string {
  const rows = [['measure', 'unit', 'min', 'median', 'p95', 'max', 'runs', 'budget'], ...results.map((r) => [
    r.name, r.unit, fmt(r.min), fmt(r.median), fmt(r.p95), fmt(r.max), String(r.runs),
    r.budget === undefined ? '' : `${r.judgedOn ?? 'median'} ≤ ${fmt(r.budget)} ${r[r.judgedOn ?? 'median'] <= r.budget ? 'ok' : 'OVER'}`,
  ])];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}
