import type { SourceRow } from '../data/queries/catalogue.ts';
import { formatDate, type Lang } from './i18n.ts';

/** The as-of dates of sources, distinct and in order, in the language (for a source note, on screen or in a build-time page). */
export const asOfDates = (lang: Lang, rows: readonly Pick<SourceRow, 'asOf'>[]): string =>
  [...new Set(rows.map((r) => r.asOf))].sort().map((d) => formatDate(lang, d)).join(', ');
