/**
 * Issue 13.2: the overview's first screen, made at build time. Its words and figures are checked
 * against counts made here by Arquero from data/coverage.csv (not by the app's SQL); its boot script
 * is run as the classic script the build ships, with nothing but a location, a storage and a page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { firstScreenLang } from '../../../src/app/first-screen-boot.ts';
import { FIRST_SCREEN_QUERIES, renderFirstScreen } from '../../../src/app/first-screen-html.ts';
import { UPLOADS_MARK } from '../../../src/data/editions/uploads-mark.ts';
import { bootScript } from '../../../src/node/build/first-screen-plugin.ts';
import { appDbForFile, loadTable, ROOT } from '../helpers.ts';

const db = appDbForFile();
const geo = {
  shapes: JSON.parse(readFileSync(resolve(ROOT, 'geo/provinces.geojson'), 'utf8')) as unknown,
  archipelagos: JSON.parse(readFileSync(resolve(ROOT, 'geo/archipelagos.json'), 'utf8')) as unknown,
};

async function firstScreen(): Promise<string> {
  const entries = await Promise.all(Object.entries(FIRST_SCREEN_QUERIES).map(async ([name, sql]) => [name, await db.all(sql)] as const));
  return renderFirstScreen(Object.fromEntries(entries), geo);
}

describe('the first screen', () => {
  it('colours each of the 63 provinces by the class its count of models deployed falls in', async () => {
    const html = await firstScreen();
    const deployed = new Map((loadTable('coverage.csv').groupby('province_code')
      .rollup({ n: 'op.sum(d.status === "deployed" ? 1 : 0)' }).objects() as { province_code: string; n: number }[]).map((r) => [r.province_code, r.n]));
    const paths = [...html.matchAll(/<path d="[^"]*" fill="[^"]*" stroke="#ffffff" stroke-width="0.8" fill-rule="evenodd" data-province="([^"]+)" data-status="([^"]+)"\/>/g)];
    expect(paths).toHaveLength(63);
    for (const [, code = '', status = ''] of paths) {
      const [lo, hi] = status.split('-').map(Number);
      const n = deployed.get(code);
      expect(n, code).toBeDefined();
      expect(n! >= lo! && n! <= hi!, `${code}: ${n} in ${status}`).toBe(true);
    }
  });

  it('gives the key figures counted from coverage.csv, in both languages', async () => {
    const html = await firstScreen();
    const cells = loadTable('coverage.csv').objects() as { status: string }[];
    const deployed = cells.filter((c) => c.status === 'deployed').length;
    const unknown = cells.filter((c) => c.status === 'unknown').length;
    const values = (lang: string): string[] => [...html.matchAll(new RegExp(`<div class="kpi-value" lang="${lang}">([^<]*)</div>`, 'g'))].map((m) => m[1] ?? '');
    const vi = new Intl.NumberFormat('vi-VN');
    const en = new Intl.NumberFormat('en-GB');
    expect(values('vi')[0]).toBe(vi.format(deployed));
    expect(values('en')[0]).toBe(en.format(deployed));
    expect(values('vi')[3]).toBe(vi.format(unknown));
    expect(values('en')[3]).toBe(en.format(unknown));
  });

  it('draws Hoàng Sa and Trường Sa with their names, and says its source and as-of date', async () => {
    const html = await firstScreen();
    for (const slug of ['hoang-sa', 'truong-sa']) {
      expect(html).toContain(`data-archipelago="${slug}"`);
      expect(html).toMatch(new RegExp(`<text [^>]*lang="vi"[^>]*data-archipelago-label="${slug}"`));
      expect(html).toMatch(new RegExp(`<text [^>]*lang="en"[^>]*data-archipelago-label="${slug}"`));
    }
    expect(html).toContain('Quần đảo Hoàng Sa');
    expect(html).toContain('Quần đảo Trường Sa');
    const sources = loadTable('sources.csv').objects() as { source: string; as_of: string }[];
    const national = sources.find((s) => s.source.startsWith('000_'));
    expect(national).toBeDefined();
    const [y, m, d] = String(national!.as_of).split('-').map(Number);
    expect(html).toContain(`Số liệu tính đến ${d} tháng ${m}, ${y}`);
    expect(html).toContain(`data-sources="${national!.source}"`);
  });

  it('can be neither focused nor read out while it stands over the app, and has no script or style of its own', async () => {
    const html = await firstScreen();
    expect(html.startsWith('<div id="first-screen" class="first-screen" inert aria-hidden="true">')).toBe(true);
    expect(html).not.toMatch(/<script|\sstyle=|\shref=|<h[1-6]|<main|<header/);
  });
});

describe('the boot script', () => {
  it('shows the first screen on the overview only, in the language asked, never over uploads', () => {
    expect(firstScreenLang('', '', false)).toBe('vi');
    expect(firstScreenLang('', '#/', false)).toBe('vi');
    expect(firstScreenLang('', '#/?lang=en', false)).toBe('en');
    expect(firstScreenLang('?lang=en', '#/', false)).toBe('en');
    expect(firstScreenLang('?lang=en', '#/?lang=vi', false)).toBe('vi');  // the hash wins, as in the app
    expect(firstScreenLang('', '#/', true)).toBeNull();
    expect(firstScreenLang('', '#/model/13', false)).toBeNull();
    expect(firstScreenLang('', '#/wall', false)).toBeNull();
    expect(firstScreenLang('', '#/?groups=II', false)).toBeNull();
    expect(firstScreenLang('', '#/?map=34', false)).toBeNull();
    expect(firstScreenLang('?compare=2024-06-19', '#/', false)).toBeNull();
  });

  it('runs as the classic script the build ships, with nothing of the app', async () => {
    const code = await bootScript(resolve(ROOT, 'src/app/first-screen-boot.ts'), UPLOADS_MARK);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const run = (hash: string, stored: Record<string, string>): string | null => {
      const attrs = new Map<string, string>();
      runInNewContext(code, {
        URLSearchParams, location: { search: '', hash },
        localStorage: { getItem: (k: string) => stored[k] ?? null },
        document: { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } },
      });
      return attrs.get('data-first-screen') ?? null;
    };
    expect(run('#/', {})).toBe('vi');
    expect(run('#/?lang=en', {})).toBe('en');
    expect(run('#/', { [UPLOADS_MARK]: '1' })).toBeNull();
    expect(run('#/province/VN-31', {})).toBeNull();
  });
});
