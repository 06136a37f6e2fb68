/**
 * Words of provenance: the line that says a figure comes from an uploaded file rather than the
 * bundled reports, the same on every surface (views, wall, briefs, pictures, downloads).
 */
import type { Edition } from '../data/editions/editions.ts';
import { defineMessages, formatDate, type Lang } from './i18n.ts';

/** Provenance messages. */
export const PROVENANCE = defineMessages({
  vi: {
    uploaded: 'Số liệu từ tệp tải lên, không phải từ báo cáo nguồn',
    file: (file: string, table: string, at: string, asOf: string) => `${file} (bảng ${table}, nạp lúc ${at}, số liệu tính đến ${asOf})`,
    asOfView: (date: string) => `Đang xem dữ liệu tính đến ngày ${date}`,
    noDate: 'không rõ ngày',
  },
  en: {
    uploaded: 'Figures from an uploaded file, not from the source reports',
    file: (file: string, table: string, at: string, asOf: string) => `${file} (table ${table}, applied ${at}, figures as of ${asOf})`,
    asOfView: (date: string) => `Showing the data as of ${date}`,
    noDate: 'no date',
  },
});

/** A time and date in the language, to the minute. */
const when = (lang: Lang, iso: string): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

/** Each uploaded edition as "file (table, applied …, as of …)". */
export function uploadedFiles(lang: Lang, editions: readonly Edition[]): string[] {
  const m = PROVENANCE[lang];
  return editions.map((e) => m.file(e.fileName, e.table, e.appliedAt ? when(lang, e.appliedAt) : '—', e.asOf ? formatDate(lang, e.asOf) : m.noDate));
}

/** The whole line: "Figures from an uploaded file, …: a.csv (…); b.csv (…)", or null when none is an upload. */
export function provenanceLine(lang: Lang, editions: readonly Edition[]): string | null {
  return editions.length === 0 ? null : `${PROVENANCE[lang].uploaded}: ${uploadedFiles(lang, editions).join('; ')}`;
}
