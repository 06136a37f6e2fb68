/** The dashboard's views in its header, in order: the path each opens, its label's key, and the route it stands for. */
import type { Route } from './routes.ts';

export type NavKey = 'navOverview' | 'navModels' | 'navProvinces' | 'navDifficulties' | 'navQuality' | 'navData';

export const NAV: readonly { path: string; key: NavKey; match: Route['name'] }[] = [
  { path: '/', key: 'navOverview', match: 'overview' },
  { path: '/model', key: 'navModels', match: 'model' },
  { path: '/province', key: 'navProvinces', match: 'province' },
  { path: '/difficulties', key: 'navDifficulties', match: 'difficulties' },
  { path: '/quality', key: 'navQuality', match: 'quality' },
  { path: '/data', key: 'navData', match: 'data' },
];
