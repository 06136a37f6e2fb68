/** The legends of map pictures: the swatches and counts of the legends on screen. */
import { describe, expect, it } from 'vitest';
import { statusLegend, unitStatusLegend } from '../../../src/map/legend.ts';
import { loadTable, readText } from '../helpers.ts';

// The screen's swatches are CSS (app.css): the picture's legend must use the same colours.
const css = readText('src/styles/app.css');
const cssVar = (name: string): string => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase() ?? '';
const coverage = loadTable('coverage.csv').objects() as { model_no: string; status: string }[];

describe('the legend of a coverage map’s picture', () => {
  it('names each status with its count (model 13, counted from coverage.csv) in the screen’s colours, unknown hatched', () => {
    const counts: Record<string, number> = {};
    for (const r of coverage) if (r.model_no === '13') counts[r.status] = (counts[r.status] ?? 0) + 1;
    const legend = statusLegend(counts, (s) => `<${s}>`, (n) => `#${n}`);
    expect(legend.items.map((i) => i.label)).toEqual([
      `<deployed>: #${counts.deployed ?? 0}`, `<not_deployed>: #${counts.not_deployed ?? 0}`, `<unknown>: #${counts.unknown ?? 0}`]);
    expect(legend.items.map((i) => i.color.toLowerCase())).toEqual([cssVar('deployed'), cssVar('not-deployed'), cssVar('unknown')]);
    expect(legend.items.map((i) => Boolean(i.hatched))).toEqual([false, false, true]);
  });

  it('on the 34 units: four ways a unit stands, "some" shaded from pale to the deployed colour as on screen', () => {
    const names = { deployed: 'all', partial: 'some', not_deployed: 'none', unknown: 'unknown' };
    const legend = unitStatusLegend({ deployed: 10, partial: 20, not_deployed: 3, unknown: 1 }, names, String);
    expect(legend.items.map((i) => i.label)).toEqual(['all: 10', 'some: 20', 'none: 3', 'unknown: 1']);
    const partial = legend.items[1];
    const screen = /\.status-partial \{ background: linear-gradient\(90deg, (#[0-9a-f]{6}), var\(--deployed\)\)/i.exec(css);
    expect(partial?.color.toLowerCase()).toBe(screen?.[1]?.toLowerCase());
    expect(partial?.to?.toLowerCase()).toBe(cssVar('deployed'));
    expect(legend.items[3]?.hatched).toBe(true);
  });
});
