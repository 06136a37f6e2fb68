import { DownloadButtons } from '../../components/DownloadButtons.tsx';
import { downloadOf } from '../../lib/download-columns.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import type { ReadSummary } from '../../upload/protocol.ts';
import { problemText, whereText } from './problem-text.ts';
import { UPLOAD } from './upload-messages.ts';

const PROBLEMS_DOWNLOAD = downloadOf('file', 'row', 'column', 'cell_value', 'problem');

/** Every problem of a refused file, each with file, row, column and value, in one alert (nothing was changed). */
export function UploadProblems({ summary }: { summary: ReadSummary }) {
  const m = useMessages(UPLOAD);
  const lang = useLang();
  const rows = summary.problems.map((p) => ({
    file: summary.fileName, row: p.row ?? null, column: p.column ?? null, value: p.value ?? null, problem: problemText(m, lang, p),
  }));
  return (
    <div className="upload-problems" role="alert" data-testid="upload-problems">
      <h3>{m.problemsTitle(summary.fileName, summary.problemTotal)}</h3>
      <ol>
        {summary.problems.map((p, i) => (
          <li key={i} data-kind={p.kind} data-row={p.row} data-column={p.column}>
            <span className="where">{whereText(m, summary.fileName, p)}</span>{' — '}<span>{problemText(m, lang, p)}</span>
          </li>
        ))}
      </ol>
      {summary.problemTotal > summary.problems.length && <p>{m.moreProblems(summary.problemTotal - summary.problems.length)}</p>}
      {rows.length > 1 && <DownloadButtons what="loi-tep-tai-len" title={m.problemsTitle(summary.fileName, summary.problemTotal)} table={PROBLEMS_DOWNLOAD} rows={rows} label={m.downloadProblems} />}
    </div>
  );
}
