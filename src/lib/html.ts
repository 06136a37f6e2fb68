/**
 * HTML and SVG markup written as text, for pages made at build time (the first screen). Every
 * attribute value and text is escaped; only markup made here (`Markup`) goes in unescaped, so text
 * from the data cannot become markup.
 */

/** Markup made by `tag` (or `markup`): the only text `tag` puts in without escaping. */
export interface Markup { readonly html: string }

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with the five characters that mean markup written as references. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Trusted markup from a string made by this module's callers out of `tag`s (e.g. joined). */
export const markup = (html: string): Markup => ({ html });

/** A child: text (escaped), markup, or nothing (`false`, `null`, `undefined` are left out). */
export type Child = string | number | Markup | false | null | undefined;

const VOID = new Set(['meta', 'link', 'br', 'img', 'input']);
const SVG_EMPTY = new Set(['path', 'circle', 'rect']);

/** The children's markup, in order. */
export const fragment = (...children: readonly Child[]): Markup =>
  markup(children.map((c) => (c === false || c === null || c === undefined ? '' : typeof c === 'object' ? c.html : escapeHtml(String(c)))).join(''));

/**
 * An element: `attrs` with `true` written bare and `false`/`undefined` left out, then its children.
 * Empty SVG shapes are closed as `<path …/>`.
 */
export function tag(name: string, attrs: Readonly<Record<string, string | number | boolean | undefined>> = {}, ...children: readonly Child[]): Markup {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`)).join('');
  if (VOID.has(name)) return markup(`<${name}${a}>`);
  const inner = fragment(...children).html;
  return markup(inner === '' && SVG_EMPTY.has(name) ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`);
}
