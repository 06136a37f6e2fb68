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
  /** The category axis' values: row r's id for its first line, `<id>.k` for its line k after the first, `<id>.bar` for a bar's own line. */
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
 * line of its own after it. Each row's categories start with its id (`ids`, by default its index),
 * so a click or a tooltip on any line names the row without reading the label.
 */
export function lineRows(labels: readonly string[], width: number, barAt: 'first' | 'after' = 'first',
  ids: readonly string[] = labels.map((_, r) => String(r))): LineRows {
  const categories: string[] = [];
  const text = new Map<string, string>();
  const row = new Map<string, number>();
  const bar = new Map<string, number>();
  const add = (id: string, r: number, line: string): void => { categories.push(id); text.set(id, line); row.set(id, r); };
  labels.forEach((label, r) => {
    const id = ids[r] ?? String(r);
    wrapText(label, width).forEach((line, k) => add(k === 0 ? id : `${id}.${k}`, r, k === 0 ? line : `${INDENT}${line}`));
    const at = barAt === 'first' ? id : `${id}.bar`;
    if (barAt === 'after') add(at, r, '');
    bar.set(at, r);
  });
  return { categories, text, row, bar };
}
