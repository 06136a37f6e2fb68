import { COMMON } from '../i18n/common.ts';
import { useSurfaceUploads } from '../data/use-editions.ts';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { provenanceLine } from '../i18n/provenance.ts';
import { exportFileName, toExcelCsv } from '../lib/csv-export.ts';
import { saveBlob } from '../lib/save-file.ts';

interface Props<T extends object> {
  /** What the rows are, for the file name (e.g. "mo-hinh-13-ban-do"). */
  what: string;
  columns: readonly (keyof T & string)[];
  rows: readonly T[];
  /** Reshapes the rows just before download (e.g. a pivot), when the file should not be the long form. */
  prepare?: (rows: readonly T[]) => Promise<{ columns: string[]; rows: Record<string, unknown>[] }>;
  label?: string;
}

/** Downloads exactly the rows behind a view as an Excel-ready CSV. */
export function CsvButton<T extends object>({ what, columns, rows, prepare, label }: Props<T>) {
  const m = useMessages(COMMON);
  const lang = useLang();
  const note = provenanceLine(lang, useSurfaceUploads());
  const download = async (): Promise<void> => {
    const text = prepare ? await prepare(rows).then((p) => toExcelCsv(p.columns, p.rows, note)) : toExcelCsv(columns, rows, note);
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), exportFileName(what));
  };
  return (
    <button type="button" className="csv-button" data-testid="download-csv" onClick={() => { void download(); }} title={m.downloadCsvHint(rows.length)} disabled={rows.length === 0}>
      {label ?? m.downloadCsv}
    </button>
  );
}
