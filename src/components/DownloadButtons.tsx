import { useState } from 'react';
import { useSurfaceUploads } from '../data/use-editions.ts';
import { COMMON } from '../i18n/common.ts';
import { provenanceLine } from '../i18n/provenance.ts';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { exportFileName } from '../lib/csv-export.ts';
import { DOWNLOAD } from '../lib/download-messages.ts';
import { downloadCsv, sheetPlan, type DownloadNote, type DownloadRow, type DownloadTable } from '../lib/download-table.ts';
import { saveBlob } from '../lib/save-file.ts';

interface Props {
  /** What the rows are, for the file name (e.g. "mo-hinh-13-ban-do"). */
  what: string;
  /** The panel's title: the sheet's name in the XLSX. */
  title: string;
  table: DownloadTable;
  rows: readonly DownloadRow[];
  /** A line about the whole file, written above the header of both files; by default, the uploaded editions behind the surface's figures. */
  note?: DownloadNote;
  /** The CSV button's text, when "CSV" alone would not say what the rows are. */
  label?: string;
}

/**
 * Two downloads of exactly the rows behind a view, from one description: a CSV of codes that loads
 * back into the Data view, and an XLSX with labels in the page's language and typed cells.
 */
export function DownloadButtons({ what, title, table, rows, note: given, label }: Props) {
  const common = useMessages(COMMON);
  const m = useMessages(DOWNLOAD);
  const lang = useLang();
  const uploads = useSurfaceUploads();
  const note = given ?? provenanceLine(lang, uploads) ?? undefined;
  const [failed, setFailed] = useState(false);
  const saveCsv = (): void => {
    saveBlob(new Blob([downloadCsv(table, rows, note)], { type: 'text/csv;charset=utf-8' }), exportFileName(what));
  };
  const saveXlsx = async (): Promise<void> => {
    try {
      // The writer loads only now, so no one pays for it on the first screen.
      const { xlsxBlob } = await import('../lib/xlsx-export.ts');
      saveBlob(await xlsxBlob(sheetPlan(table, rows, lang, note), title, lang), exportFileName(what, new Date(), 'xlsx'));
      setFailed(false);
    } catch (e) {
      console.warn('xlsx', e);
      setFailed(true);
    }
  };
  const empty = rows.length === 0;
  return (
    <span className="download-buttons">
      <button type="button" className="csv-button" data-testid="download-csv" onClick={saveCsv} title={common.downloadCsvHint(rows.length)} disabled={empty}>
        {label ?? common.downloadCsv}
      </button>
      <button type="button" className="csv-button" data-testid="download-xlsx" onClick={() => { void saveXlsx(); }} title={m.xlsxHint(rows.length)} disabled={empty}>
        {m.downloadXlsx}
      </button>
      {failed && <span role="alert">{m.xlsxFailed}</span>}
    </span>
  );
}
