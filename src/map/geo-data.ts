/** The province shapes and archipelago frames, fetched once from the app's own /geo/ folder. */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

/** The shapes: one feature per province, `properties.code` its ISO code (no names from the shape file). */
export type ProvinceShapes = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

/** An archipelago drawn as part of a province, with the frame and label point of its islands. */
export interface Archipelago {
  id: 'hoang_sa' | 'truong_sa';
  province: string;
  bbox: [number, number, number, number];
  label: [number, number];
}

/** Which shapes a map draws: the 63 provinces (the unit of record) or the 34 units in force since 1 July 2025. */
export type MapLevel = 'province' | 'unit';

let shapes: Promise<ProvinceShapes> | undefined;
let units: Promise<ProvinceShapes> | undefined;
let archipelagos: Promise<Archipelago[]> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** The 63 province shapes (cached). */
export function provinceShapes(): Promise<ProvinceShapes> {
  shapes ??= fetchJson<ProvinceShapes>('geo/provinces.geojson').catch((e: unknown) => { shapes = undefined; throw e; });
  return shapes;
}

/** The 34 units' shapes, each the union of its members' (made at build time by `npm run geo`; cached). */
export function unitShapes(): Promise<ProvinceShapes> {
  units ??= fetchJson<ProvinceShapes>('geo/units-2025.geojson').catch((e: unknown) => { units = undefined; throw e; });
  return units;
}

/** The level a link's `map` parameter asks for (`?map=34`: the 34 units). */
export const levelOfParam = (value: string | undefined): MapLevel => (value === '34' ? 'unit' : 'province');

/** The shapes of a level. */
export const shapesOf = (level: MapLevel): Promise<ProvinceShapes> => (level === 'unit' ? unitShapes() : provinceShapes());

/** The two archipelagos (cached). */
export function archipelagoFrames(): Promise<Archipelago[]> {
  archipelagos ??= fetchJson<Archipelago[]>('geo/archipelagos.json').catch((e: unknown) => { archipelagos = undefined; throw e; });
  return archipelagos;
}
