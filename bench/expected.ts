/**
 * What the maps must show, known to the benchmark from data/coverage.csv itself (read by Arquero,
 * not by the app): each model's status per province, the overview's class per province, and a
 * sequence of models whose maps differ from one to the next.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as aq from 'arquero';
import { classOf, countClasses } from '../src/map/choropleth.ts';

/** One coverage cell. */
export interface Cell { model: number; province: string; status: string }

/** How one shape is drawn: the class written to `data-status`, and its colour. */
export interface ShapeFill { status: string; color: string }

/** The cells of data/coverage.csv under `root`. */
export function readCoverage(root: string): Cell[] {
  const text = readFileSync(resolve(root, 'data/coverage.csv'), 'utf8');
  const asText = (v: string): string => v;
  return (aq.fromCSV(text, { parse: { model_no: asText, province_code: asText, status: asText } }).objects() as Record<string, string>[])
    .map((r) => ({ model: Number(r.model_no), province: String(r.province_code), status: String(r.status) }));
}

/** One model's status per province code. */
export function modelStatuses(cells: readonly Cell[], model: number): Record<string, string> {
  return Object.fromEntries(cells.filter((c) => c.model === model).map((c) => [c.province, c.status]));
}

/** The overview's map with every group: each province's class of "models deployed", on the scale of the most models a province has. */
export function overviewFills(cells: readonly Cell[]): Map<string, ShapeFill> {
  const deployed = new Map<string, number>();
  const models = new Map<string, number>();
  for (const c of cells) {
    models.set(c.province, (models.get(c.province) ?? 0) + 1);
    deployed.set(c.province, (deployed.get(c.province) ?? 0) + (c.status === 'deployed' ? 1 : 0));
  }
  const classes = countClasses(Math.max(0, ...models.values()));
  return new Map([...deployed].map(([code, n]) => { const k = classOf(classes, n); return [code, { status: k.id, color: k.color }]; }));
}

/**
 * Models in an order where each map differs from the one before (and the last from the first, so
 * the sequence can repeat): the first `count` of the models whose maps are not all one status.
 * `start`'s map differs from the first's, so the page can open on it.
 */
export function switchSequence(cells: readonly Cell[], count: number, start: number): number[] {
  const key = (m: number): string => JSON.stringify(Object.entries(modelStatuses(cells, m)).sort());
  const varied = [...new Set(cells.map((c) => c.model))].sort((a, b) => a - b)
    .filter((m) => m !== start && new Set(Object.values(modelStatuses(cells, m))).size > 1);
  const out: number[] = [];
  for (const m of varied) {
    const prev = out.at(-1) ?? start;
    if (out.length < count && key(m) !== key(prev)) out.push(m);
  }
  while (out.length > 1 && key(out[0] ?? start) === key(out.at(-1) ?? start)) out.pop();
  return out;
}
