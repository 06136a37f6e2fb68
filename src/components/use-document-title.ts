/** The browser's title for a view: what it shows, then the dashboard's name (tabs, bookmarks and history tell views apart). */
import { useContext, useEffect } from 'react';
import { StaleContext } from '../data/use-query.ts';
import { COMMON } from '../i18n/common.ts';
import { useMessages } from '../i18n/i18n.ts';

/** The title of a page: its parts, most specific first, joined with " · " and ending with the dashboard's short name. */
export const documentTitle = (parts: readonly (string | null | undefined)[], appName: string): string =>
  [...parts.filter((p): p is string => Boolean(p?.trim())), appName].map((p) => p.replace(/\s+/g, ' ').trim()).join(' · ');

/**
 * Sets `document.title` for the view shown, e.g. ["Mô hình 13: Thanh toán …"] → "Mô hình 13: Thanh toán … · Đề án 06".
 * Not from stale rows: a title names what the view is about, never the one before it.
 */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const { appName } = useMessages(COMMON);
  const stale = useContext(StaleContext);
  const title = documentTitle(parts, appName);
  useEffect(() => { if (!stale) document.title = title; }, [title, stale]);
}
