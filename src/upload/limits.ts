/** The documented limits of an upload (see README, "Loading new data"): over any of them a file is refused whole. */
export const LIMITS = {
  /** Largest file accepted: 100 MiB. */
  fileBytes: 100 * 1024 * 1024,
  /** Largest total the sheets of an XLSX may inflate to, declared or actual: 200 MiB. */
  xlsxInflatedBytes: 200 * 1024 * 1024,
  /** Most entries an XLSX archive may hold. */
  xlsxEntries: 10_000,
  /** Most cells an XLSX sheet may span (its last row × its last column, declared or reached), so a far-out cell cannot make a reader fill billions. */
  sheetCells: 20_000_000,
  /** Most columns in a table. */
  columns: 100,
  /** Most data rows in a table. */
  rows: 1_000_000,
  /** Longest cell, in characters (Excel's own limit). */
  cellChars: 32_767,
  /** Most problems listed one by one; the rest are counted. */
  problemsListed: 1_000,
} as const;
