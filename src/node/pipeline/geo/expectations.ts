/**
 * What the shape file must agree with, written by hand from geography and never read from
 * the file: approximate centroids of each province's main part, and where the islands are.
 */
import type { BBox, Point } from './geometry.ts';

// A feature passes when its own entry is the nearest of all 63 and lies within
// CENTROID_TOLERANCE, so a swapped or mislabelled code cannot slip through.
/** Approximate centroid (lon, lat, to about 0.1°) of the largest part of each province. */
export const EXPECTED_CENTROIDS: Readonly<Record<string, Point>> = {
  'VN-HN': [105.7, 21.0], 'VN-03': [105.0, 22.8], 'VN-04': [106.1, 22.7], 'VN-53': [105.8, 22.2],
  'VN-07': [105.3, 22.1], 'VN-02': [104.1, 22.3], 'VN-71': [103.0, 21.8], 'VN-01': [103.2, 22.4],
  'VN-05': [104.1, 21.2], 'VN-06': [104.6, 21.8], 'VN-14': [105.3, 20.7], 'VN-69': [105.8, 21.7],
  'VN-09': [106.6, 21.8], 'VN-13': [107.2, 21.3], 'VN-54': [106.5, 21.4], 'VN-68': [105.1, 21.3],
  'VN-70': [105.6, 21.3], 'VN-56': [106.1, 21.1], 'VN-61': [106.4, 20.9], 'VN-HP': [106.6, 20.8],
  'VN-66': [106.1, 20.8], 'VN-20': [106.4, 20.5], 'VN-63': [106.0, 20.5], 'VN-67': [106.2, 20.3],
  'VN-18': [105.9, 20.2], 'VN-21': [105.3, 20.1], 'VN-22': [104.9, 19.2], 'VN-23': [105.7, 18.3],
  'VN-24': [106.3, 17.5], 'VN-25': [106.9, 16.7], 'VN-26': [107.5, 16.3], 'VN-DN': [108.1, 16.1],
  'VN-27': [107.9, 15.6], 'VN-29': [108.7, 15.0], 'VN-31': [109.0, 14.1], 'VN-32': [109.1, 13.2],
  'VN-34': [109.0, 12.3], 'VN-36': [108.9, 11.7], 'VN-40': [108.1, 11.1], 'VN-28': [107.9, 14.7],
  'VN-30': [108.2, 13.8], 'VN-33': [108.2, 12.8], 'VN-72': [107.7, 12.2], 'VN-35': [108.1, 11.7],
  'VN-58': [106.9, 11.8], 'VN-37': [106.2, 11.4], 'VN-57': [106.6, 11.2], 'VN-39': [107.2, 11.1],
  'VN-43': [107.3, 10.6], 'VN-SG': [106.7, 10.8], 'VN-41': [106.2, 10.7], 'VN-46': [106.3, 10.4],
  'VN-50': [106.5, 10.1], 'VN-51': [106.3, 9.8], 'VN-49': [106.0, 10.1], 'VN-45': [105.6, 10.6],
  'VN-44': [105.2, 10.5], 'VN-47': [105.0, 10.0], 'VN-CT': [105.6, 10.2], 'VN-73': [105.6, 9.8],
  'VN-52': [105.9, 9.6], 'VN-55': [105.5, 9.3], 'VN-59': [105.0, 9.1],
};

/** Largest allowed distance (degrees) between a main part's centroid and its expected one. */
export const CENTROID_TOLERANCE = 0.2;

/** An archipelago filed in the source as a feature of its own, to be joined to a province. */
export interface ArchipelagoRule {
  id: 'hoang_sa' | 'truong_sa';
  /** `iso_3166_2` of the source feature (Natural Earth's own placeholder codes). */
  sourceCode: string;
  province: string;
  /** Every island of the source feature must lie in this box. */
  window: BBox;
}

/** Hoàng Sa is filed under China (`CN-X01~`), Trường Sa as a no-country feature (`-99-X08~`). */
export const ARCHIPELAGOS: readonly ArchipelagoRule[] = [
  { id: 'hoang_sa', sourceCode: 'CN-X01~', province: 'VN-DN', window: [110.5, 15.5, 113.0, 17.5] },
  { id: 'truong_sa', sourceCode: '-99-X08~', province: 'VN-34', window: [111.0, 6.0, 117.0, 12.0] },
];

/** A coastal island the source files under the wrong province. */
export interface IslandTransfer {
  island: string;
  from: string;
  to: string;
  /** Exactly one part of `from` must lie entirely in this box. */
  window: BBox;
}

// Natural Earth puts Côn Sơn (Côn Đảo district, Bà Rịa - Vũng Tàu) in Sóc Trăng and Cát Bà
// (Cát Hải district, Hải Phòng) in Quảng Ninh.
/** Islands moved to the province they belong to. */
export const ISLAND_TRANSFERS: readonly IslandTransfer[] = [
  { island: 'Côn Sơn (Côn Đảo)', from: 'VN-52', to: 'VN-43', window: [106.5, 8.6, 106.75, 8.8] },
  { island: 'Cát Bà', from: 'VN-13', to: 'VN-HP', window: [106.9, 20.68, 107.15, 20.9] },
];
