/**
 * Issue 13.2: the overview's first screen, made at build time. Its words and figures are checked
 * against counts made here by Arquero from data/coverage.csv (not by the app's SQL); its boot script
 * is run as the classic script the build ships, with nothing but a location, a storage and a page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { firstScreenAt } from '../../../src/app/first-screen-boot.ts';
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
  it('stands for a route and the language asked, never with a filter or over uploads', () => {
    expect(firstScreenAt('', '', false)).toEqual({ path: '/', lang: 'vi' });
    expect(firstScreenAt('', '#/', false)).toEqual({ path: '/', lang: 'vi' });
    expect(firstScreenAt('', '#/?lang=en', false)).toEqual({ path: '/', lang: 'en' });
    expect(firstScreenAt('?lang=en', '#/', false)).toEqual({ path: '/', lang: 'en' });
    expect(firstScreenAt('?lang=en', '#/?lang=vi', false)).toEqual({ path: '/', lang: 'vi' });  // the hash wins, as in the app
    expect(firstScreenAt('', '#/model/13?lang=en', false)).toEqual({ path: '/model/13', lang: 'en' });
    expect(firstScreenAt('', '#/', true)).toBeNull();
    expect(firstScreenAt('', '#/model/13', true)).toBeNull();
    expect(firstScreenAt('', '#/model/13?status=deployed', false)).toBeNull();
    expect(firstScreenAt('', '#/?groups=II', false)).toBeNull();
    expect(firstScreenAt('', '#/?map=34', false)).toBeNull();
    expect(firstScreenAt('?compare=2024-06-19', '#/', false)).toBeNull();
  });

  it('runs as the classic script the build ships, with nothing of the app', async () => {
    const pages = { '/model/13': './assets/first-screen-model-13-x.html' };
    const code = await bootScript(resolve(ROOT, 'src/app/first-screen-boot.ts'), UPLOADS_MARK, pages);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    /** Runs the script on a page at `hash`; its fetch answers at once with a page of the address. */
    const run = async (hash: string, stored: Record<string, string>): Promise<{ attrs: Map<string, string>; fetched: string[]; page: string }> => {
      const attrs = new Map<string, string>();
      const fetched: string[] = [];
      let page = '<div id="first-screen">overview</div>';
      const standing = { insertAdjacentHTML: (_: string, html: string) => { page = html; }, remove: () => undefined };
      runInNewContext(code, {
        URLSearchParams, location: { search: '', hash }, setTimeout, Promise, Error,
        localStorage: { getItem: (k: string) => stored[k] ?? null },
        fetch: (url: string) => { fetched.push(url); return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(`<div id="first-screen">${url}</div>`) }); },
        document: {
          readyState: 'interactive', getElementById: (id: string) => (id === 'first-screen' ? standing : null),
          documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v), getAttribute: (k: string) => attrs.get(k) ?? null },
        },
      });
      await new Promise((r) => setTimeout(r, 0));
      return { attrs, fetched, page };
    };
    expect((await run('#/', {})).attrs.get('data-first-screen')).toBe('vi');
    expect((await run('#/?lang=en', {})).attrs.get('data-first-screen')).toBe('en');
    expect((await run('#/', { [UPLOADS_MARK]: '1' })).attrs.size).toBe(0);
    expect((await run('#/province/VN-31', {})).attrs.size).toBe(0);
    // A model's first screen is fetched and put in place of the overview's, then shown.
    const model = await run('#/model/13?lang=en', {});
    expect(model.fetched).toEqual([pages['/model/13']]);
    expect(model.page).toContain(pages['/model/13']);
    expect(Object.fromEntries(model.attrs)).toEqual({ 'data-first-screen-for': '/model/13 en', 'data-first-screen': 'en' });
    expect((await run('#/model/13', { [UPLOADS_MARK]: '1' })).fetched).toEqual([]);
  });
});
