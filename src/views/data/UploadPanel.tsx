import { useId } from 'react';
import './upload.css';
import { Notice } from '../../components/Notice.tsx';
import { formatNumber, useLang, useMessages } from '../../i18n/i18n.ts';
import { ENCODINGS, isEncoding } from '../../upload/decode.ts';
import { LIMITS } from '../../upload/limits.ts';
import type { ReadSummary } from '../../upload/protocol.ts';
import type { UploadPhase } from '../../upload/read-upload.ts';
import { formatBytes } from './problem-text.ts';
import { UPLOAD } from './upload-messages.ts';
import { UploadPreview } from './UploadPreview.tsx';
import { UploadProblems } from './UploadProblems.tsx';
import { Applied } from './Applied.tsx';
import { useUpload } from './use-upload.ts';

const ACCEPT = '.csv,.tsv,.tab,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The upload: a file input, then progress, the file's problems, or a preview to apply. */
export function UploadPanel() {
  const m = useMessages(UPLOAD);
  const lang = useLang();
  const inputId = useId();
  const { state, choose, apply, cancel } = useUpload();
  return (
    <div className="card span-12 upload" data-testid="upload-panel">
      <h2>{m.title}</h2>
      <p className="lede">{m.lede}</p>
      <p className="kpi-note">{m.limits(formatBytes(lang, LIMITS.fileBytes), formatBytes(lang, LIMITS.xlsxInflatedBytes), formatNumber(lang, LIMITS.columns))}</p>
      <div className="upload-choose">
        <input id={inputId} className="visually-hidden" type="file" accept={ACCEPT} data-testid="upload-input"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void choose(f); e.target.value = ''; }} />
        <label htmlFor={inputId} className="button">{m.choose}</label>
        {'file' in state && <span className="upload-file-name">{state.file.name}</span>}
      </div>
      {state.step === 'reading' && <Progress fileName={state.fileName} phase={state.progress?.phase} done={state.progress?.done} total={state.progress?.total} />}
      {state.step === 'refused' && (
        <>
          <FileFacts summary={state.summary} onEncoding={(enc) => void choose(state.file, enc)} />
          <UploadProblems summary={state.summary} />
        </>
      )}
      {state.step === 'preview' && (
        <UploadPreview summary={state.summary} preview={state.preview} applying={state.applying} failed={state.failed}
          facts={<FileFacts summary={state.summary} onEncoding={(enc) => void choose(state.file, enc)} />}
          onApply={(asOf, current) => void apply(asOf, current)} onCancel={cancel} />
      )}
      {state.step === 'applied' && <Applied table={state.table} fileName={state.fileName} kept={state.kept} />}
      {state.step === 'failed' && (
        <Notice kind="error"><span data-testid="upload-read-failed">{state.workerDied ? m.workerDied(state.fileName) : `${m.readFailed(state.fileName)} ${state.message}`}</span></Notice>
      )}
    </div>
  );
}

/** The progress of reading a file: a bar once a step reports its size, a moving bar before that. */
function Progress({ fileName, phase, done, total }: { fileName: string; phase?: UploadPhase; done?: number; total?: number }) {
  const m = useMessages(UPLOAD);
  const label = phase ? m.phases[phase] : m.reading(fileName);
  return (
    <div className="upload-progress" role="status" data-testid="upload-progress">
      <span>{m.reading(fileName)} {phase ? label : ''}</span>
      <progress aria-label={label} max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}

/** What the file is: format, encoding (which the user may change), separator, sheet and hash. */
function FileFacts({ summary, onEncoding }: { summary: ReadSummary; onEncoding: (e: (typeof ENCODINGS)[number]) => void }) {
  const m = useMessages(UPLOAD);
  const lang = useLang();
  const enc = summary.encoding;
  return (
    <dl className="upload-facts" data-testid="upload-facts">
      <div><dt>{m.fileFacts}</dt><dd>{summary.fileName} · {formatBytes(lang, summary.bytes)} · {m.format[summary.format] ?? summary.format}</dd></div>
      {enc && (
        <div>
          <dt><label htmlFor="upload-encoding">{m.encoding}</label></dt>
          <dd>
            <select id="upload-encoding" data-testid="upload-encoding" value={enc.used}
              onChange={(e) => { if (isEncoding(e.target.value)) onEncoding(e.target.value); }}>
              {ENCODINGS.map((e) => <option key={e} value={e}>{e.toUpperCase()}{e === enc.detected ? ` (${m.detected})` : ''}</option>)}
            </select>
            <span className="kpi-note"> {m.encodingHint}</span>
          </dd>
        </div>
      )}
      {summary.delimiter && <div><dt>{m.delimiter}</dt><dd>{m.delimiters[summary.delimiter] ?? summary.delimiter}</dd></div>}
      {summary.sheet !== undefined && <div><dt>{m.sheet}</dt><dd>{summary.sheet}</dd></div>}
      {summary.sha256 && <div><dt>{m.hash}</dt><dd><code className="hash" title={summary.sha256}>{summary.sha256}</code></dd></div>}
    </dl>
  );
}
