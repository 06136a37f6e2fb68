/**
 * What can be wrong with an uploaded file, and what was tolerated in it: language-neutral records
 * (kind, row, column, value) that the data view words in the UI language.
 */
import { LIMITS } from './limits.ts';

/** A reason a file is refused. */
export type ProblemKind =
  | 'too_large' | 'empty_file' | 'header_only' | 'binary_file' | 'old_excel' | 'xlsx_invalid' | 'xlsx_too_large' | 'xlsx_too_many_entries' | 'xlsx_no_sheet'
  | 'sheet_too_large' | 'formula_without_value' | 'unknown_column' | 'control_character'
  | 'too_many_columns' | 'too_many_rows' | 'unterminated_quote' | 'unknown_table' | 'missing_column' | 'duplicate_column'
  | 'unnamed_column' | 'extra_cells' | 'cell_too_long' | 'required' | 'not_integer' | 'not_number' | 'ambiguous_number' | 'not_date'
  | 'out_of_range' | 'out_of_domain' | 'unknown_province' | 'not_allowed' | 'duplicate_key' | 'status_basis_conflict';

/** A tolerated oddity worth telling the user (the file is still accepted). */
export type NoteKind = 'formula_text' | 'markup_text' | 'province_name' | 'extra_column' | 'missing_optional' | 'number_text' | 'date_text' | 'bidi_control'
  | 'deadline_read' | 'deadline_unparsed';

/** A value a vocabulary column accepts, and the Vietnamese word accepted for it, if any. */
export interface AcceptedValue {
  value: string;
  word?: string;
}

/**
 * One finding. `row` is the row as a spreadsheet numbers it (the header is row 1); `column` the
 * column's name as the file writes it; `value` the cell as read; `detail` what the kind needs
 * (a suggestion, the allowed values, a limit, a table name, what a number counts); `related` another
 * row (a duplicate's first); `range` the values a number may take; `accepted` a vocabulary's values.
 */
export interface Finding<K extends string> {
  kind: K;
  row?: number;
  column?: string;
  value?: string;
  detail?: string;
  related?: number;
  range?: readonly [number, number];
  accepted?: readonly AcceptedValue[];
}

/** A reason a file is refused. */
export type Problem = Finding<ProblemKind>;
/** A tolerated oddity. */
export type Note = Finding<NoteKind>;

/** Findings collected up to a cap, with the total counted. */
export class Findings<K extends string> {
  readonly items: Finding<K>[] = [];
  total = 0;
  constructor(private readonly cap: number = LIMITS.problemsListed) {}

  /** Records a finding (listed while under the cap, always counted). */
  add(finding: Finding<K>): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(finding);
  }
}

/** A problem that ends reading a file at once (too big, not a table …). */
export class FileRefused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
    this.name = 'FileRefused';
  }
}
