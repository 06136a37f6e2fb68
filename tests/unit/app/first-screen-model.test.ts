/**
 * Issue 13.2: a model's first screen, made at build time for a deep link. Its statuses and figures
 * are checked against data/coverage.csv and data/models.csv read here by Arquero (not by the app's
 * SQL), for every model.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelFirstScreens } from '../../../src/app/first-screen-model-html.ts';
import { MODEL_COUNT } from '../../../src/domain/crosswalk.ts';
import { appDbForFile, loadTable, ROOT } from '../helpers.ts';

const db = appDbForFile();
const geo = {
  shapes: JSON.parse(readFileSync(resolve(ROOT, 'geo/provinces.geojson'), 'utf8')) as unknown,
  archipelagos: JSON.parse(readFileSync(resolve(ROOT, 'geo/archipelagos.json'), 'utf8')) as unknown,
};
const models = loadTable('models.csv').objects() as { model_no: number; name_vi: string; name_en: string; stated_count: number | null; listed_count: number | null }[];
const coverage = loadTable('coverage.csv').objects() as { model_no: number; province_code: string; status: string; source: string }[];
const sources = loadTable('sources.csv').objects() as { source: string; as_of: string }[];
// As the build makes them (vite.config.ts).
const screens = modelFirstScreens(MODEL_COUNT.y2024);

async function firstScreen(no: number): Promise<string> {
  const page = screens[`/model/${no}`];
  if (!page) throw new Error(`no first screen for model ${no}`);
  const entries = await Promise.all(Object.entries(page.queries).map(async ([name, sql]) => [name, await db.all(sql)] as const));
  return page.render(Object.fromEntries(entries), geo);
}

const values = (html: string, lang: string): string[] =>
  [...html.matchAll(new RegExp(`<div class="kpi-value" lang="${lang}">([^<]*)</div>`, 'g'))].map((m) => m[1] ?? '');

describe("a model's first screen", () => {
  it('is made for each model of models.csv, and for no other route', () => {
    expect(Object.keys(screens).sort()).toEqual(models.map((m) => `/model/${m.model_no}`).sort());
  });

  it("colours every province by the model's status in coverage.csv, and counts them in its figures and legend, for every model", async () => {
    for (const m of models) {
      const html = await firstScreen(m.model_no);
      const rows = coverage.filter((c) => c.model_no === m.model_no);
      const shapes = new Map([...html.matchAll(/<path d="[^"]*" fill="[^"]*" stroke="#ffffff" stroke-width="0.8" fill-rule="evenodd" data-province="([^"]+)" data-status="([^"]+)"\/>/g)]
        .map(([, code = '', status = '']) => [code, status]));
      expect(shapes.size, `model ${m.model_no}`).toBe(63);
      expect(Object.fromEntries(shapes), `model ${m.model_no}`).toEqual(Object.fromEntries(rows.map((r) => [r.province_code, r.status])));
      const count = (s: string): string => new Intl.NumberFormat('vi-VN').format(rows.filter((r) => r.status === s).length);
      expect(values(html, 'vi').slice(0, 3), `model ${m.model_no}`).toEqual([count('deployed'), count('not_deployed'), count('unknown')]);
      expect(html).toContain(`<li data-status="deployed"><span class="swatch status-deployed" aria-hidden="true"></span><span lang="vi">Đã triển khai: <strong>${count('deployed')}</strong></span>`);
    }
  });

  it("names the model, says the report's stated and listed counts, flagging a difference", async () => {
    // Model 13: the report states 32 provinces and lists 33 (data-notes.md).
    const m = models.find((r) => Number(r.model_no) === 13)!;
    const html = await firstScreen(13);
    expect(html).toContain(`<div class="h1" lang="vi">Mô hình 13: ${m.name_vi}</div>`);
    expect(html).toContain(`<div class="h1" lang="en">Model 13: ${m.name_en}</div>`);
    expect(values(html, 'vi')[3]).toBe(`${m.stated_count} / ${m.listed_count}`);
    expect(m.stated_count).not.toBe(m.listed_count);
    expect(html).toContain('<span class="flag">Hai con số không khớp</span>');
  });

  it('draws Hoàng Sa and Trường Sa, and says the source and as-of date of the map’s rows', async () => {
    const html = await firstScreen(13);
    for (const slug of ['hoang-sa', 'truong-sa']) {
      expect(html).toContain(`data-archipelago="${slug}"`);
      expect(html).toMatch(new RegExp(`<text [^>]*lang="en"[^>]*data-archipelago-label="${slug}"`));
    }
    const used = [...new Set(coverage.filter((c) => Number(c.model_no) === 13).map((c) => c.source))];
    expect(html).toContain(`data-sources="${used.join(' ')}"`);
    for (const s of used) {
      const [y, mo, d] = String(sources.find((r) => r.source === s)!.as_of).split('-').map(Number);
      expect(html).toContain(`Số liệu tính đến ${d} tháng ${mo}, ${y}`);
    }
  });

  it('can be neither focused nor read out while it stands over the app, and has no script, style or link of its own', async () => {
    const html = await firstScreen(1);
    expect(html.startsWith('<div id="first-screen" class="first-screen" inert aria-hidden="true">')).toBe(true);
    expect(html).not.toMatch(/<script|\sstyle=|\shref=|<h[1-6]|<main|<header/);
    // The first model has no "previous"; the last no "next".
    expect(html).toMatch(/<a class="button" hidden>← /);
    expect(await firstScreen(models.length)).toMatch(/<a class="button" hidden><span lang="vi">Mô hình sau/);
  });
});
