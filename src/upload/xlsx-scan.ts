/**
 * Looking at a worksheet's XML before any row is made of it. A sheet names each cell by its
 * reference (`XFD1048576`), and a reader fills every row up to the last column and every row up to
 * the last one: a 1.5 KB file with one cell far out asks for seventeen billion cells. The scan finds
 * the extent the sheet declares (`<dimension ref>`) and the one its cells reach, and the formulas
 * saved without their computed value (which a reader can only see as empty).
 */

/** A cell's row and column (1-based) from its reference; undefined for a malformed one. */
export function cellRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of (m[1] ?? '').toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** A formula cell with no saved value. */
export interface UnsavedFormula {
  row: number;
  column: number;
  formula: string;
}

/** What a sheet's XML holds. */
export interface SheetScan {
  /** The extent its dimension declares, if it declares one: the last cell, and its row and column. */
  declared?: { ref: string; row: number; column: number };
  /** The last row and column holding a value or a formula (empty styled cells do not count). */
  reached: { row: number; column: number };
  /** Formulas saved without their value, the first `keep` of them, and how many there are. */
  unsaved: UnsavedFormula[];
  unsavedTotal: number;
}

const TAG = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;
const CLOSE_CELL = /<\/(?:[\w.-]+:)?c>/g;
const attr = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];
const unescapeXml = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Scans a worksheet's XML; keeps the first `keep` unsaved formulas. */
export function scanSheet(xml: string, keep = 1000): SheetScan {
  const scan: SheetScan = { reached: { row: 0, column: 0 }, unsaved: [], unsavedTotal: 0 };
  const dim = /<(?:[\w.-]+:)?dimension\b[^>]*?\bref="([^"]*)"/.exec(xml.slice(0, 4096));
  const last = dim?.[1]?.split(':').at(-1);
  const at = last ? cellRef(last) : undefined;
  if (last && at) scan.declared = { ref: last.toUpperCase(), ...at };

  let row = 0;
  let column = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const attrs = m[2] ?? '';
    if (m[1] === 'row') {
      row = Number(attr(attrs, 'r') ?? row + 1) || row + 1;
      column = 0;
      continue;
    }
    const ref = attr(attrs, 'r');
    const pos = ref ? cellRef(ref) : undefined;
    if (pos) { row = pos.row; column = pos.column; } else column++;
    if (m[3] === '/') continue;  // <c r="…" s="1"/>: styled, empty
    CLOSE_CELL.lastIndex = TAG.lastIndex;
    const close = CLOSE_CELL.exec(xml);
    const end = close ? close.index : xml.length;
    const body = xml.slice(TAG.lastIndex, end);
    TAG.lastIndex = close ? CLOSE_CELL.lastIndex : xml.length;
    const formula = /<(?:[\w.-]+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/.exec(body);
    const hasValue = /<(?:[\w.-]+:)?(v|is)\b/.test(body);
    if (!formula && !hasValue) continue;
    if (row > scan.reached.row) scan.reached.row = row;
    if (column > scan.reached.column) scan.reached.column = column;
    if (formula && !hasValue) {
      scan.unsavedTotal++;
      if (scan.unsaved.length < keep) scan.unsaved.push({ row, column, formula: formula[1] ? `=${unescapeXml(formula[1])}` : '=…' });
    }
  }
  return scan;
}
