/** Figures of the benchmark: summaries of repeated measurements, their budgets and aims, and the printed table. */

/** What a budget or an aim is judged on: a statistic of the measurements, or the figure's ratio to its reference. */
export type Judged = 'median' | 'p95' | 'max' | 'ratio';

/** A bound on one statistic: `p95 ≤ 50`, `ratio ≤ 2.5`, `ratio ≥ 4`. */
export interface Target {
  on: Judged;
  op: '≤' | '≥';
  value: number;
}

/** A figure compared with a reference measured in the same run (the floor page, Arquero). */
export interface Ratio {
  /** Times the reference's median (for "≥ 4× faster": the reference's median over this figure's). */
  value: number;
  /** What it is a ratio to. */
  to: string;
}

/** One line of bench/results.json and of the printed table. */
export interface Result {
  name: string;
  unit: string;
  runs: number;
  min: number;
  median: number;
  p95: number;
  max: number;
  ratio?: Ratio;
  budget?: Target;
  aim?: Target;
  /** Whether the budget (the aim) is met; absent without one. */
  met?: boolean;
  aimMet?: boolean;
}

/** The optional parts of a figure. */
export interface Judging {
  ratio?: Ratio;
  budget?: Target;
  aim?: Target;
}

const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (pos - lo);
};

/** The median of a set of measurements. */
export const median = (values: readonly number[]): number => quantile([...values].filter(Number.isFinite).sort((a, b) => a - b), 0.5);

const holds = (r: Omit<Result, 'met' | 'aimMet'>, t: Target): boolean => {
  const v = t.on === 'ratio' ? (r.ratio?.value ?? NaN) : r[t.on];
  return t.op === '≤' ? v <= t.value : v >= t.value;
};

/** Min, median, 95th percentile and max of a set of measurements, judged on its budget and aim. */
export function summarise(name: string, unit: string, values: readonly number[], judging: Judging = {}): Result {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  const r = {
    name, unit, runs: sorted.length, min: sorted[0] ?? NaN, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN,
    ...(judging.ratio ? { ratio: judging.ratio } : {}), ...(judging.budget ? { budget: judging.budget } : {}), ...(judging.aim ? { aim: judging.aim } : {}),
  };
  return { ...r, ...(r.budget ? { met: holds(r, r.budget) } : {}), ...(r.aim ? { aimMet: holds(r, r.aim) } : {}) };
}

/** `p95 ≤ 50` for a statistic; `≤ 2.5× floor page` for a ratio. */
export function targetText(t: Target | undefined, ratioTo?: string): string {
  if (!t) return '';
  return t.on === 'ratio' ? `${t.op} ${fmt(t.value)}× ${ratioTo ?? ''}`.trim() : `${t.on} ${t.op} ${fmt(t.value)}`;
}

const fmt = (v: number): string => (!Number.isFinite(v) ? '—' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

const verdict = (r: Result): string => (r.met === undefined ? '' : !r.met ? 'NOT MET' : r.aimMet ? 'met, aim too' : 'met');

/** The results as an aligned text table: figure, unit, runs, median, p95, budget, aim, ratio, met. */
export function table(results: readonly Result[]): string {
  const rows = [['figure', 'unit', 'runs', 'median', 'p95', 'budget', 'aim', 'ratio', 'met'], ...results.map((r) => [
    r.name, r.unit, String(r.runs), fmt(r.median), fmt(r.p95), targetText(r.budget, r.ratio?.to), targetText(r.aim, r.ratio?.to),
    r.ratio ? `${fmt(r.ratio.value)}× ${r.ratio.to}` : '', verdict(r),
  ])];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length))) ?? [];
  const pad = (c: string, w: number, left: boolean): string => { const n = Math.max(0, w - [...c].length); return left ? c + ' '.repeat(n) : ' '.repeat(n) + c; };
  return rows.map((r) => r.map((c, i) => pad(c, widths[i] ?? 0, i === 0 || i >= 5)).join('  ').trimEnd()).join('\n');
}
