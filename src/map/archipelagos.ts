/**
 * The Hoàng Sa and Trường Sa archipelagos drawn so that a reader sees them. Their islands are a
 * few hundred metres across, under a pixel on any screen, so each island is also drawn as a mark at
 * its place (a dot of a fixed size on the map, with a pixel minimum), coloured like the province it
 * belongs to, with the archipelago's name in the open sea above it. The islands' real shapes stay
 * in the parent province's path; the marks only make them visible.
 */
import type { Archipelago, ProvinceShapes } from './geo-data.ts';

/** The value of `data-archipelago` on every mark (the contract of docs/product.md). */
export const ARCHIPELAGO_SLUG = { hoang_sa: 'hoang-sa', truong_sa: 'truong-sa' } as const satisfies Record<Archipelago['id'], string>;

/** How a name sits against its anchor: centred over the islands, or ending at their east edge. */
export type LabelAlign = 'middle' | 'end';

// Hoàng Sa's name is centred: running west from the islands it would reach the coast on a small map.
// Trường Sa's ends at the islands' east edge: the map ends just east of them, so a centred name
// would be cut on a map as narrow as a phone's.
const ALIGN: Record<Archipelago['id'], LabelAlign> = { hoang_sa: 'middle', truong_sa: 'end' };

/** One archipelago ready to draw. */
export interface ArchipelagoMarks {
  id: Archipelago['id'];
  slug: (typeof ARCHIPELAGO_SLUG)[Archipelago['id']];
  /** The code of the shape that holds the islands on this map: the province, or its 2025 unit. */
  parent: string;
  /** One point per island, `[lon, lat]`: the centre of the island's outline. */
  islands: [number, number][];
  /** Where the name goes: a point just north of the islands (`[lon, lat]`), and how it aligns to it. */
  label: { at: [number, number]; align: LabelAlign };
}

type Ring = number[][];
const inside = (ring: Ring, [w, s, e, n]: Archipelago['bbox']): boolean =>
  ring.every(([x = NaN, y = NaN]) => x >= w && x <= e && y >= s && y <= n);
const centre = (ring: Ring): [number, number] => {
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};

/**
 * The archipelagos' marks on a map of `shapes`: the islands are the parts of the parent's shape
 * (`parentOf` maps the province of geo/archipelagos.json to the map's code) that lie in the
 * archipelago's box. An archipelago whose parent is not on the map is left out.
 */
export function archipelagoMarks(shapes: ProvinceShapes, archipelagos: readonly Archipelago[], parentOf: (province: string) => string): ArchipelagoMarks[] {
  return archipelagos.flatMap((a) => {
    const parent = parentOf(a.province);
    const feature = shapes.features.find((f) => f.properties.code === parent);
    if (!feature) return [];
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const islands = polygons.flatMap((p) => (p[0] && inside(p[0], a.bbox) ? [centre(p[0])] : []));
    if (islands.length === 0) return [];
    const [w, e, n] = [Math.min(...islands.map((p) => p[0])), Math.max(...islands.map((p) => p[0])), Math.max(...islands.map((p) => p[1]))];
    const align = ALIGN[a.id];
    return [{ id: a.id, slug: ARCHIPELAGO_SLUG[a.id], parent, islands, label: { at: [align === 'end' ? e : (w + e) / 2, n], align } }];
  });
}

/** Degrees of longitude an island mark spans, on any map: about 17 km, a symbol, not the island's size. */
export const MARK_DEGREES = 0.16;
/** The smallest mark, in pixels across, so that an island stays visible on the smallest map. */
export const MARK_MIN_PX = 5;

/** The radius in pixels of an island mark on a map drawn at `pxPerDegree` pixels per degree of longitude. */
export function markRadius(pxPerDegree: number): number {
  return Number.isFinite(pxPerDegree) ? Math.max(MARK_MIN_PX, MARK_DEGREES * pxPerDegree) / 2 : MARK_MIN_PX / 2;
}

/** Pixels per degree of longitude at a Leaflet zoom level (256-pixel tiles, Web Mercator). */
export const pxPerDegreeAtZoom = (zoom: number): number => (256 * 2 ** zoom) / 360;
