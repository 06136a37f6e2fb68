/** Placing the archipelagos' marks on the committed shapes, and sizing them for the maps' scales. */
import { describe, expect, it } from 'vitest';
import { archipelagoMarks, markRadius, pxPerDegreeAtZoom, type ArchipelagoMarks } from '../../../src/map/archipelagos.ts';
import type { Archipelago, ProvinceShapes } from '../../../src/map/geo-data.ts';
import { unitOf } from '../../../src/map/units.ts';
import { loadTable, readText } from '../helpers.ts';

const provinces = JSON.parse(readText('geo/provinces.geojson')) as ProvinceShapes;
const units = JSON.parse(readText('geo/units-2025.geojson')) as ProvinceShapes;
const archipelagos = JSON.parse(readText('geo/archipelagos.json')) as Archipelago[];
// The 2025 units from provinces.csv, read here apart from the code under test (src/domain).
const unitOfCsv = new Map((loadTable('provinces.csv').objects() as { province_code: string; unit_2025: string }[]).map((p) => [p.province_code, p.unit_2025]));

// Hand-written windows around each archipelago (the open sea east of the mainland, which ends at 109.5° E).
const WINDOW = { 'hoang-sa': [111, 15.5, 113, 17.2], 'truong-sa': [113.5, 9.5, 116.2, 11.4] } as const;
const byId = (marks: readonly ArchipelagoMarks[], slug: string): ArchipelagoMarks => {
  const a = marks.find((m) => m.slug === slug);
  if (!a) throw new Error(`no ${slug}`);
  return a;
};

describe('the archipelagos’ marks', () => {
  const on63 = archipelagoMarks(provinces, archipelagos, (c) => c);
  const on34 = archipelagoMarks(units, archipelagos, unitOf);

  it.each([['hoang-sa', 'VN-DN', 6], ['truong-sa', 'VN-34', 11]] as const)('%s: a mark per island of %s, %i of them, all in the sea', (slug, parent, islands) => {
    const a = byId(on63, slug);
    expect(a.parent).toBe(parent);
    expect(a.islands).toHaveLength(islands);
    const [w, s, e, n] = WINDOW[slug];
    for (const [lon, lat] of a.islands) {
      expect(lon).toBeGreaterThan(w); expect(lon).toBeLessThan(e);
      expect(lat).toBeGreaterThan(s); expect(lat).toBeLessThan(n);
    }
  });

  it('on the 34 units, the same islands belong to the unit of their province (provinces.csv)', () => {
    for (const a of on34) {
      const province = archipelagos.find((x) => x.id === a.id)?.province ?? '';
      expect(a.parent).toBe(unitOfCsv.get(province));
      expect(a.islands).toEqual(byId(on63, a.slug).islands);
    }
  });

  it('puts each name north of its islands: Hoàng Sa’s centred on them, Trường Sa’s ending at their east edge', () => {
    for (const a of on63) {
      const lons = a.islands.map((p) => p[0]);
      expect(a.label.at[1]).toBe(Math.max(...a.islands.map((p) => p[1])));
      expect(a.label.at[0]).toBeCloseTo(a.label.align === 'end' ? Math.max(...lons) : (Math.min(...lons) + Math.max(...lons)) / 2, 9);
    }
    expect(byId(on63, 'hoang-sa').label.align).toBe('middle');
    expect(byId(on63, 'truong-sa').label.align).toBe('end');
  });

  it('leaves out an archipelago whose parent is not on the map', () => {
    const without = { ...provinces, features: provinces.features.filter((f) => f.properties.code !== 'VN-34') };
    expect(archipelagoMarks(without, archipelagos, (c) => c).map((a) => a.slug)).toEqual(['hoang-sa']);
  });
});

describe('the size of a mark', () => {
  // Pixels per degree of longitude, measured at 1920×1080: the model view's map (zoom ≈ 6) and a brief's (≈ 5.3).
  it.each([[pxPerDegreeAtZoom(6)], [pxPerDegreeAtZoom(5.3)], [30], [110]])('at %f px per degree: at least 3×3 px, and each group at least 16×16 px', (ppd) => {
    const r = markRadius(ppd);
    expect(2 * r).toBeGreaterThanOrEqual(3);
    for (const a of archipelagoMarks(provinces, archipelagos, (c) => c)) {
      const span = (i: 0 | 1) => (Math.max(...a.islands.map((p) => p[i])) - Math.min(...a.islands.map((p) => p[i]))) * ppd + 2 * r;
      expect(span(0), a.slug).toBeGreaterThanOrEqual(16);
      expect(span(1), a.slug).toBeGreaterThanOrEqual(16);
    }
  });

  it('grows with the map, and never falls under its minimum (nor fails on a map not laid out yet)', () => {
    expect(markRadius(200)).toBeGreaterThan(markRadius(60));
    expect(markRadius(1)).toBe(markRadius(0));
    expect(markRadius(Number.NaN)).toBe(markRadius(0));
  });

  it('reads a Leaflet zoom as pixels per degree of longitude (256 px for 360° at zoom 0)', () => {
    expect(pxPerDegreeAtZoom(0)).toBeCloseTo(256 / 360, 9);
    expect(pxPerDegreeAtZoom(6)).toBeCloseTo(64 * 256 / 360, 9);
  });
});
