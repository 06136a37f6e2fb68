/** Wording of upload findings in the UI language: where a problem is (file, row, column, value) and what it is. */
import { basesOf } from '../../domain/coverage.ts';
import { TABLES } from '../../data/schema.ts';
import { PROVINCE_BY_CODE, provinceName } from '../../domain/provinces.ts';
import { formatNumber, hasLabel, type Lang } from '../../i18n/i18n.ts';
import { LIMITS } from '../../upload/limits.ts';
import type { Note, Problem } from '../../upload/problems.ts';
import type { NoteCount } from '../../upload/validate.ts';
import type { UPLOAD } from './upload-messages.ts';

type M = (typeof UPLOAD)['vi'];

/** A size in bytes as MB (of 1,048,576 bytes), KB or bytes, in the language. */
export function formatBytes(lang: Lang, bytes: number): string {
  if (bytes >= 1_048_576) return `${formatNumber(lang, bytes / 1_048_576, 1)} MB`;
  if (bytes >= 1024) return `${formatNumber(lang, bytes / 1024, 0)} KB`;
  return `${formatNumber(lang, bytes)} B`;
}

/** A province code as "name (code)" in the language. */
const provinceWithCode = (lang: Lang, code: string): string => (PROVINCE_BY_CODE.has(code) ? `${provinceName(code, lang)} (${code})` : code);

/** Kinds whose `value` is a count, a cell reference or a suggestion, which the problem's own text words. */
const VALUE_NOT_SHOWN: ReadonlySet<string> = new Set(['too_large', 'too_many_columns', 'too_many_rows', 'xlsx_too_large', 'xlsx_too_many_entries', 'extra_cells',
  'unknown_table', 'sheet_too_large', 'unknown_column']);

/** Where a finding is: file, row, column and value, those it has. */
export function whereText(m: M, fileName: string, f: Problem | Note): string {
  const parts = [m.where(fileName)];
  if (f.row !== undefined) parts.push(m.row(f.row));
  if (f.column !== undefined) parts.push(m.column(f.column));
  if (f.value !== undefined && !VALUE_NOT_SHOWN.has(f.kind)) {
    parts.push(f.value === '' ? m.emptyValue : m.value(f.value));
  }
  return parts.join(' · ');
}

// The kind of number a domain counts, in words; a count when the problem names none the messages know.
const domainWords = (m: M, kind: string): string => (hasLabel(m.domains, kind) ? m.domains[kind] : m.domains.count);

/** What a problem is. */
export function problemText(m: M, lang: Lang, p: Problem): string {
  const num = (s: string | undefined): string => formatNumber(lang, Number(s ?? 0));
  switch (p.kind) {
    case 'too_large': return m.pTooLarge(formatBytes(lang, Number(p.value)), formatBytes(lang, Number(p.detail)));
    case 'empty_file': return m.pEmptyFile;
    case 'header_only': return m.pHeaderOnly;
    case 'binary_file': { const kind = p.detail ?? ''; return hasLabel(m.binaryKinds, kind) ? m.pBinaryKind(m.binaryKinds[kind]) : m.pBinaryFile; }
    case 'old_excel': return m.pOldExcel;
    case 'xlsx_invalid': return m.pXlsxInvalid;
    case 'xlsx_too_large': return m.pXlsxTooLarge(formatBytes(lang, Number(p.detail)));
    case 'xlsx_too_many_entries': return m.pXlsxTooManyEntries(num(p.value), num(p.detail));
    case 'xlsx_no_sheet': return m.pXlsxNoSheet;
    case 'sheet_too_large': return m.pSheetTooLarge(p.detail ?? '', p.value ?? '', formatNumber(lang, p.range?.[0] ?? 0), formatNumber(lang, p.range?.[1] ?? 0), formatNumber(lang, LIMITS.sheetCells));
    case 'formula_without_value': return m.pFormulaWithoutValue;
    case 'control_character': return m.pControlCharacter(p.detail ?? '');
    case 'unknown_column': return p.value ? `${m.pUnknownColumn(p.detail ?? '')} ${m.pColumnSuggestion(p.value)}` : m.pUnknownColumn(p.detail ?? '');
    case 'too_many_columns': return m.pTooManyColumns(num(p.value), num(p.detail));
    case 'too_many_rows': return m.pTooManyRows(num(p.value), num(p.detail));
    case 'unterminated_quote': return m.pUnterminatedQuote;
    case 'unknown_table': return m.pUnknownTable(TABLES.map((t) => t.name).join(', '));
    case 'missing_column': return m.pMissingColumn(p.detail ?? '');
    case 'duplicate_column': return m.pDuplicateColumn;
    case 'unnamed_column': return m.pUnnamedColumn;
    case 'extra_cells': return m.pExtraCells(num(p.value), num(p.detail));
    case 'cell_too_long': return m.pCellTooLong(num(p.detail));
    case 'required': return m.pRequired;
    case 'not_integer': return m.pNotInteger;
    case 'not_number': return m.pNotNumber;
    case 'ambiguous_number': return m.pAmbiguousNumber;
    case 'not_date': return m.pNotDate;
    case 'out_of_range': return m.pOutOfRange(p.detail ?? '');
    case 'out_of_domain': return m.pOutOfDomain(domainWords(m, p.detail ?? ''), formatNumber(lang, p.range?.[0] ?? 0), formatNumber(lang, p.range?.[1] ?? 0));
    case 'unknown_province': return p.detail ? `${m.pUnknownProvince} ${m.pDidYouMean(provinceWithCode(lang, p.detail))}` : m.pUnknownProvince;
    case 'not_allowed': return m.pNotAllowed(p.accepted ? p.accepted.map((a) => m.acceptedValue(a.value, a.word)).join(', ') : (p.detail ?? ''));
    case 'duplicate_key': return m.pDuplicateKey(p.related ?? 0);
    case 'status_basis_conflict': return m.pStatusBasis(p.detail ?? '', basesOf(p.detail ?? '').join(', '));
  }
}

/** What a tolerated oddity is, with how often it occurred (`table`: the table the file is for). */
export function noteText(m: M, n: NoteCount, table: string): string {
  switch (n.kind) {
    case 'formula_text': return m.nFormulaText(n.count);
    case 'markup_text': return m.nMarkupText(n.count);
    case 'province_name': return m.nProvinceName(n.count);
    case 'extra_column': return m.nExtraColumn(n.examples[0]?.value ?? '');
    case 'missing_optional': return (table === 'province_models' ? m.nMissingKept : m.nMissingOptional)(n.examples[0]?.value ?? '');
    case 'number_text': return m.nNumberText(n.count);
    case 'date_text': return m.nDateText(n.count);
    case 'bidi_control': return m.nBidiControl(n.count);
    case 'deadline_read': return m.nDeadlineRead(n.examples[0]?.value ?? '');
    case 'deadline_unparsed': return m.nDeadlineUnparsed(n.count, n.examples.map((e) => `“${e.value ?? ''}”`).join(', '));
  }
}
