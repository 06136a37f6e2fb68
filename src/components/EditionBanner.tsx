/**
 * Says, on a surface, that figures on it come from an uploaded file (naming the file and when it
 * was applied), and that the surface shows the data as of another date when `?edition=` asks.
 * Absent when every figure is from the bundled data.
 */
import { contextDate } from '../data/editions/edition-sql.ts';
import { useSurfaceUploads } from '../data/use-editions.ts';
import { useEditionContext } from '../data/use-query.ts';
import { formatDate, useLang, useMessages } from '../i18n/i18n.ts';
import { PROVENANCE, uploadedFiles } from '../i18n/provenance.ts';
import '../styles/provenance.css';

/** The banner; `variant` sizes it for the dashboard, the wall (read from five metres) or the printed brief. */
export function EditionBanner({ variant = 'page' }: { variant?: 'page' | 'wall' | 'brief' }) {
  const m = useMessages(PROVENANCE);
  const lang = useLang();
  const uploads = useSurfaceUploads();
  const date = contextDate(useEditionContext());
  if (uploads.length === 0 && !date) return null;
  return (
    <div className={`edition-banner edition-banner-${variant}`} role="note">
      {date && <p data-testid="edition-asof">{m.asOfView(formatDate(lang, date))}</p>}
      {uploads.length > 0 && (
        <p data-testid="edition-banner">
          <strong>{m.uploaded}:</strong> {uploadedFiles(lang, uploads).join('; ')}
        </p>
      )}
    </div>
  );
}
