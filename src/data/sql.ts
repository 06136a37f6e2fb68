/** Small helpers to build SQL text safely: every value a user or a file can influence is quoted here. */

/** A SQL string literal. */
export const str = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** A SQL identifier (table or column name). */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A SQL integer literal; throws on anything that is not a safe integer. */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/** `column IN (…)` for a list of strings, or TRUE when the list is empty (no filter). */
export const inList = (column: string, values: readonly string[]): string =>
  values.length === 0 ? 'TRUE' : `${column} IN (${values.map(str).join(', ')})`;
