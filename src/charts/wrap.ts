/**
 * Chart labels that are never cut: text broken into lines at spaces, by a count of characters
 * (measuring every label letter by letter is what made long label lists slow on a wall PC).
 */

/** An average letter of the charts' sans-serif, in em, Vietnamese diacritics included (a little generous). */
const LETTER_EM = 0.55;

/** How many characters fit on a line `px` wide at a font of `fontPx` (at least 8). */
export const charsPerLine = (px: number, fontPx: number): number => Math.max(8, Math.floor(px / (fontPx * LETTER_EM)));

/**
 * `text` broken into lines of at most `width` characters, at spaces; a word longer than a line
 * stands alone on its line. Every word is kept: joined with spaces, the lines are the text again
 * (with its runs of spaces made single).
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return line || lines.length === 0 ? [...lines, line] : lines;
}

/** The rows of a bar chart whose labels wrap: one category per line of a label. */
export interface LineRows {
  /** The category axis' values: `r` for row r's first line, `r.k` for its line k after the first. */
  categories: string[];
  /** The text of each category: its line of the label (continuation lines indented). */
  text: ReadonlyMap<string, string>;
  /** The row a category belongs to, so that a click or a tooltip on any of its lines finds it. */
  row: ReadonlyMap<string, number>;
  /** The category that holds a row's bar, by category: only those categories are in it. */
  bar: ReadonlyMap<string, number>;
}

/** An em space: continuation lines stand in from their first line, so each row reads as one. */
const INDENT = '\u2003';

/**
 * One category per line of each label (rows in order): a long label takes as many lines as it
 * needs and a short one a single line, so that rows are as tall as their labels. The bar goes on
 * the label's first line, or (`after`, where labels run across the chart above their bars) on a
 * line of its own after it.
 */
export function lineRows(labels: readonly string[], width: number, barAt: 'first' | 'after' = 'first'): LineRows {
  const categories: string[] = [];
  const text = new Map<string, string>();
  const row = new Map<string, number>();
  const bar = new Map<string, number>();
  const add = (id: string, r: number, line: string): void => { categories.push(id); text.set(id, line); row.set(id, r); };
  labels.forEach((label, r) => {
    wrapText(label, width).forEach((line, k) => add(k === 0 ? String(r) : `${r}.${k}`, r, k === 0 ? line : `${INDENT}${line}`));
    const at = barAt === 'first' ? String(r) : `${r}.bar`;
    if (barAt === 'after') add(at, r, '');
    bar.set(at, r);
  });
  return { categories, text, row, bar };
}
