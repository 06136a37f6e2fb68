/**
 * Reading delimited text (RFC 4180 quoting, tolerant): the delimiter is detected among comma,
 * semicolon and tab; line ends may be CRLF, LF or CR; a quote inside an unquoted cell is kept
 * as written. Every record keeps its number, so problems can name the row a spreadsheet shows.
 */

/** A cell separator the upload reads. */
export type Delimiter = ',' | ';' | '\t';

/** What parsing found: the records (cells as written) and where an unclosed quote began, if one did. */
export interface DelimitedText {
  records: string[][];
  /** The record (1-based) where a quote opened and never closed. */
  unterminatedAt?: number;
}

/** Parses delimited text into records; `onProgress(done, total)` is called every million characters. */
export function parseDelimited(text: string, delimiter: Delimiter, onProgress?: (done: number, total: number) => void, maxRecords = Infinity): DelimitedText {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStart = true;
  let openedAt = 0;
  const n = text.length;
  let nextReport = 1_000_000;
  const endRecord = (): void => { record.push(cell); records.push(record); record = []; cell = ''; cellStart = true; };
  for (let i = 0; i < n; i++) {
    if (onProgress && i >= nextReport) { onProgress(i, n); nextReport += 1_000_000; }
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cellStart) { quoted = true; cellStart = false; openedAt = records.length + 1; continue; }
    if (ch === delimiter) { record.push(cell); cell = ''; cellStart = true; continue; }
    if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      if (records.length >= maxRecords) return { records };
      continue;
    }
    cell += ch;
    cellStart = false;
  }
  if (cell !== '' || record.length > 0 || quoted) endRecord();
  return quoted ? { records, unterminatedAt: openedAt } : { records };
}

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/**
 * The delimiter that splits the first records most consistently: the most records with as many
 * cells as the header (more than one), then the most cells. A `.tsv` file prefers tab on a tie.
 */
export function detectDelimiter(text: string, preferTab = false): Delimiter {
  const head = text.slice(0, 65_536);
  let best: { d: Delimiter; score: number; width: number } | undefined;
  const order = preferTab ? (['\t', ',', ';'] as const) : CANDIDATES;
  for (const d of order) {
    const { records } = parseDelimited(head, d, undefined, 50);
    const width = records[0]?.length ?? 0;
    if (width < 2) continue;
    const score = records.filter((r) => r.length === width).length;
    if (!best || score > best.score || (score === best.score && width > best.width)) best = { d, score, width };
  }
  return best?.d ?? (preferTab ? '\t' : ',');
}
