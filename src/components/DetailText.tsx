/**
 * A discrepancy's detail in the UI language. The English detail quotes the sources' own words in
 * Vietnamese (“Chưa triển khai”): those quotations are marked `lang="vi"`, so they are read and
 * spoken as Vietnamese, and no one takes them for an untranslated label.
 */
import { useLang } from '../i18n/i18n.ts';

export function DetailText({ en, vi }: { en: string; vi: string }) {
  const lang = useLang();
  if (lang !== 'en') return <>{vi}</>;
  return <>{en.split(/(“[^”]*”)/).map((part, i) => (i % 2 === 1 ? <span key={i} lang="vi">{part}</span> : part))}</>;
}
