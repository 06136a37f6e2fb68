/**
 * Two languages: Vietnamese by default, English with `?lang=en`. Each part of the UI defines
 * its messages with `defineMessages` (Vietnamese and English, same keys, checked by the
 * compiler) and reads them with `useMessages`. Numbers and dates follow the language.
 */
import { useLocation } from '../state/url-state.ts';

/** A UI language. */
export type Lang = 'vi' | 'en';

/** A message: text, a function of parameters returning text, or a table of labels by id. */
export type Message = string | ((...args: never[]) => string) | Readonly<Record<string, string>>;

/** Messages in both languages; English must have exactly the Vietnamese keys. */
export interface MessageSet<T extends Record<string, Message>> {
  vi: T;
  en: { [K in keyof T]: T[K] };
}

const registry: MessageSet<Record<string, Message>>[] = [];

/** Declares a message set (and registers it, so tests can check English pages show no Vietnamese UI text). */
export function defineMessages<T extends Record<string, Message>>(set: MessageSet<T>): MessageSet<T> {
  registry.push(set as unknown as MessageSet<Record<string, Message>>);
  return set;
}

/** Whether a table of labels has one for the value: data may hold a value outside the table's keys. */
export const hasLabel = <K extends string>(labels: Readonly<Record<K, string>>, value: string): value is K => Object.hasOwn(labels, value);

/** Every message set declared so far. */
export const allMessageSets = (): readonly MessageSet<Record<string, Message>>[] => registry;

/** The language of a parameter value (anything but "en" is Vietnamese). */
export const langOf = (value: string | undefined): Lang => (value === 'en' ? 'en' : 'vi');

/** The current UI language, from the URL. */
export function useLang(): Lang {
  return langOf(useLocation().location.params.lang);
}

/** The messages of a set in the current language. */
export function useMessages<T extends Record<string, Message>>(set: MessageSet<T>): T {
  return set[useLang()] as T;
}

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

// Making an Intl formatter costs a hundred times what using one does, and a view formats hundreds
// of figures and dates in each render: each is made once per language and kind.
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>();
function once<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.Collator>(key: string, make: () => T): T {
  let f = made.get(key) as T | undefined;
  if (!f) { f = make(); made.set(key, f); }
  return f;
}

/** Formats a number for the language (`1.071.393` / `1,071,393`). */
export const formatNumber = (lang: Lang, value: number, digits = 0): string =>
  once(`n|${lang}|${digits}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits })).format(value);

/** Formats a share (0–1) as a percentage. */
export const formatPercent = (lang: Lang, share: number, digits = 0): string =>
  once(`p|${lang}|${digits}`, () => new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: digits })).format(share);

/** Formats an ISO date (`2024-06-19`) as a long date in the language; a bare year stays a year. */
export function formatDate(lang: Lang, iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return once(`d|${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** Compares two strings in the language's collation (Vietnamese letters in Vietnamese order). */
export const collator = (lang: Lang): Intl.Collator => once(`c|${lang}`, () => new Intl.Collator(LOCALE[lang]));
