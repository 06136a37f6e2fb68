/** Checks the committed map shapes in geo/ against hand-written geography. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import { loadTable } from '../helpers.ts';

type Pt = [number, number];
type Poly = Pt[][];
interface Feat { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }
interface Archipelago { id: string; province: string; bbox: [number, number, number, number]; label: Pt }

const geoDir = join(dirname(fileURLToPath(import.meta.url)), '../../../geo');
const raw = readFileSync(join(geoDir, 'provinces.geojson'));
const collection = JSON.parse(raw.toString('utf8')) as { type: string; features: Feat[] };
const archipelagos = JSON.parse(readFileSync(join(geoDir, 'archipelagos.json'), 'utf8')) as Archipelago[];

const partsOf = (f: Feat): Poly[] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Poly] : (f.geometry.coordinates as Poly[]);
const byCode = new Map(collection.features.map((f) => [String(f.properties.code), partsOf(f)]));
const parts = (code: string): Poly[] => byCode.get(code) ?? [];

const at = <T>(list: readonly T[], i: number): T => {
  const v = list[i];
  if (v === undefined) throw new Error(`no item ${i}`);
  return v;
};
const outer = (poly: Poly): Pt[] => at(poly, 0);

function area(ring: Pt[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += at(ring, i)[0] * at(ring, i + 1)[1] - at(ring, i + 1)[0] * at(ring, i)[1];
  return s / 2;
}

function centroid(ring: Pt[]): Pt {
  let a = 0, x = 0, y = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = at(ring, i);
    const [x1, y1] = at(ring, i + 1);
    const c = x0 * y1 - x1 * y0;
    a += c; x += (x0 + x1) * c; y += (y0 + y1) * c;
  }
  return [x / (3 * a), y / (3 * a)];
}

function contains(polys: Poly[], [px, py]: Pt): boolean {
  return polys.some((poly) => {
    let inside = false;
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = at(ring, i);
        const [xj, yj] = at(ring, j);
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  });
}

const mainPart = (polys: Poly[]): Pt[] =>
  polys.map(outer).reduce((a, b) => (Math.abs(area(b)) > Math.abs(area(a)) ? b : a));
const within = ([x, y]: Pt, w: number, s: number, e: number, n: number): boolean => x >= w && x <= e && y >= s && y <= n;

// Hand-picked towns well inside their province (lon, lat).
const TOWNS: [string, string, Pt][] = [
  ['Hoàn Kiếm, Hà Nội', 'VN-HN', [105.85, 21.03]],
  ['Quận 1, TP Hồ Chí Minh', 'VN-SG', [106.70, 10.78]],
  ['Hải Châu, Đà Nẵng', 'VN-DN', [108.21, 16.06]],
  ['Biên Hòa, Đồng Nai', 'VN-39', [106.84, 10.95]],
  ['Hưng Yên', 'VN-66', [106.05, 20.65]],
  ['Bắc Kạn', 'VN-53', [105.83, 22.15]],
  ['Huế', 'VN-26', [107.58, 16.46]],
  ['Hội An, Quảng Nam', 'VN-27', [108.33, 15.88]],
  // Not Ninh Kiều: at 1:10M the Cần Thơ / Hậu Giang border runs north of the city centre.
  ['Thốt Nốt, Cần Thơ', 'VN-CT', [105.53, 10.27]],
  ['Nha Trang, Khánh Hòa', 'VN-34', [109.19, 12.25]],
  ['Cao Lãnh, Đồng Tháp', 'VN-45', [105.63, 10.46]],
  ['Dương Đông, Phú Quốc', 'VN-47', [103.98, 10.22]],
  ['Côn Sơn island, Côn Đảo', 'VN-43', [106.58, 8.70]],
  ['Cát Bà island', 'VN-HP', [107.01, 20.79]],
];

describe('geo/provinces.geojson', () => {
  it('has exactly the 63 province codes, once each', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(63);
    const codes = collection.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(63);
    expect([...codes].sort()).toEqual(PROVINCES.map((p) => p.code).sort());
  });

  it('keeps only the code in properties and well-formed polygons', () => {
    for (const f of collection.features) {
      expect(f.type).toBe('Feature');
      expect(Object.keys(f.properties)).toEqual(['code']);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      for (const ring of partsOf(f).flat()) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        expect(Math.abs(area(ring))).toBeGreaterThan(0);
        for (const v of ring.flat()) expect(Math.abs(v * 1e4 - Math.round(v * 1e4))).toBeLessThan(1e-6);
      }
    }
  });

  it('puts every main part inside Vietnam', () => {
    for (const [code, polys] of byCode) {
      const c = centroid(mainPart(polys));
      expect(within(c, 102.1, 8.4, 109.5, 23.4), `${code} at ${c.join(',')}`).toBe(true);
    }
  });

  it('places known towns in their province', () => {
    for (const [town, code, point] of TOWNS) {
      const holders = [...byCode].filter(([, polys]) => contains(polys, point)).map(([c]) => c);
      expect(holders, town).toEqual([code]);
    }
  });

  it('includes Hoàng Sa in Đà Nẵng and Trường Sa in Khánh Hòa, every island kept', () => {
    const hoangSa = parts('VN-DN').filter((p) => within(centroid(outer(p)), 111, 15.7, 113, 17.2));
    const truongSa = parts('VN-34').filter((p) => within(centroid(outer(p)), 111.5, 7.5, 116.5, 11.5));
    // Natural Earth 10m has 6 Paracel and 11 Spratly islands; simplification must drop none.
    expect(hoangSa).toHaveLength(6);
    expect(truongSa).toHaveLength(11);
    for (const [code, polys] of byCode) {
      if (code === 'VN-DN' || code === 'VN-34') continue;
      expect(polys.every((p) => centroid(outer(p))[0] < 110), `${code} has a part far offshore`).toBe(true);
    }
  });

  it('is under 300 KB gzipped', () => {
    expect(gzipSync(raw, { level: 9 }).length).toBeLessThan(300 * 1024);
  });
});

describe('geo/archipelagos.json', () => {
  it('lists the two archipelagos with their provinces', () => {
    expect(archipelagos.map((a) => [a.id, a.province])).toEqual([['hoang_sa', 'VN-DN'], ['truong_sa', 'VN-34']]);
  });

  it('matches the island parts of the geometry', () => {
    for (const a of archipelagos) {
      const islands = parts(a.province).filter((p) => centroid(outer(p))[0] > 110);
      expect(islands.length).toBeGreaterThan(0);
      const xs = islands.flat(2).map((p) => p[0]);
      const ys = islands.flat(2).map((p) => p[1]);
      const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      box.forEach((v, i) => expect(a.bbox[i]).toBeCloseTo(v, 6));
      const [w, s, e, n] = a.bbox;
      expect(within(a.label, w - 0.5, s - 0.5, e + 0.5, n + 0.5)).toBe(true);
    }
    expect(within(at(archipelagos, 0).label, 111, 15.5, 113, 17.5)).toBe(true);
    expect(within(at(archipelagos, 1).label, 111.5, 7.5, 116.5, 11.5)).toBe(true);
  });
});

describe('geo/units-2025.geojson', () => {
  const unitsRaw = readFileSync(join(geoDir, 'units-2025.geojson'));
  const units = JSON.parse(unitsRaw.toString('utf8')) as { type: string; features: Feat[] };
  const unitParts = new Map(units.features.map((f) => [String(f.properties.code), partsOf(f)]));
  // Membership from the datasets, not from the code that merged the shapes.
  const members = new Map<string, string[]>();
  for (const row of loadTable('provinces.csv').objects() as { province_code: string; unit_2025: string }[]) {
    members.set(row.unit_2025, [...(members.get(row.unit_2025) ?? []), row.province_code]);
  }
  const unitRows = loadTable('units_2025.csv').objects() as { unit_code: string; member_count: number }[];
  const polygonArea = (polys: Poly[]): number => polys.reduce((sum, p) => sum + p.reduce((s, ring, i) => s + (i ? -1 : 1) * Math.abs(area(ring)), 0), 0);

  it('has exactly the 34 unit codes of units_2025.csv, each with its stated number of members', () => {
    expect(units.features).toHaveLength(34);
    expect([...unitParts.keys()].sort()).toEqual(unitRows.map((u) => u.unit_code).sort());
    for (const u of unitRows) expect(members.get(u.unit_code), u.unit_code).toHaveLength(Number(u.member_count));
    expect([...members.values()].flat().sort()).toEqual(PROVINCES.map((p) => p.code).sort());
  });

  it('covers exactly its members: the same area, and each member inside it and no other unit', () => {
    let placed = 0;
    for (const [unit, codes] of members) {
      const memberArea = codes.reduce((sum, code) => sum + polygonArea(parts(code)), 0);
      expect(polygonArea(unitParts.get(unit) ?? []), unit).toBeCloseTo(memberArea, 9);
      for (const code of codes) {
        const c = centroid(mainPart(parts(code)));
        if (!contains(parts(code), c)) continue;  // a crescent's centroid lies outside it (Kiên Giang)
        placed++;
        const holders = [...unitParts].filter(([, polys]) => contains(polys, c)).map(([u]) => u);
        expect(holders, `${code} in ${unit}`).toEqual([unit]);
      }
    }
    expect(placed).toBeGreaterThan(58);
  });

  it('leaves no border between two members inside a unit, and adds no edge of its own', () => {
    const edges = (polys: Poly[]): string[] => polys.flat().flatMap((ring) => ring.slice(1).map((b, i) => {
      const a = at(ring, i);
      const [p, q] = [a.join(','), b.join(',')].sort();
      return `${p}|${q}`;
    }));
    for (const [unit, codes] of members) {
      const seen = new Map<string, number>();
      for (const code of codes) for (const e of new Set(edges(parts(code)))) seen.set(e, (seen.get(e) ?? 0) + 1);
      const inner = new Set([...seen].filter(([, n]) => n > 1).map(([e]) => e));
      const own = edges(unitParts.get(unit) ?? []);
      expect(own.filter((e) => inner.has(e)), `${unit}: inner borders left`).toEqual([]);
      expect(own.filter((e) => !seen.has(e)), `${unit}: edges of its own`).toEqual([]);
      if (codes.length > 1) expect(inner.size, `${unit}: members that do not meet`).toBeGreaterThan(0);
    }
  });

  it('keeps Hoàng Sa with Đà Nẵng’s unit and Trường Sa with Khánh Hòa’s', () => {
    const far = (unit: string) => (unitParts.get(unit) ?? []).filter((p) => centroid(outer(p))[0] > 110).length;
    expect(far(members.has('VN-DN') ? 'VN-DN' : '')).toBe(6);
    expect(far([...members].find(([, c]) => c.includes('VN-34'))?.[0] ?? '')).toBe(11);
  });

  it('is under 300 KB gzipped', () => {
    expect(gzipSync(unitsRaw, { level: 9 }).length).toBeLessThan(300 * 1024);
  });
});
