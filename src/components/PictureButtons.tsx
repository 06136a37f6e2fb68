/** "PNG" and "SVG": save a chart or a map as a picture with its title, as-of date and source in it. */
import { useState } from 'react';
import { composePicture, svgToPng, type PictureBody, type PictureText } from '../charts/picture.ts';
import { sourcesSql, type SourceRow } from '../data/queries/catalogue.ts';
import { useQuery } from '../data/use-query.ts';
import { COMMON } from '../i18n/common.ts';
import { useSurfaceUploads } from '../data/use-editions.ts';
import { formatDate, useLang, useMessages } from '../i18n/i18n.ts';
import { provenanceLine } from '../i18n/provenance.ts';
import { exportFileName } from '../lib/csv-export.ts';
import { saveBlob } from '../lib/save-file.ts';

/** The footer line of a picture: as-of date(s) and source(s), and the product's name. */
export function useSourceLine(sources: readonly string[]): string {
  const m = useMessages(COMMON);
  const lang = useLang();
  const q = useQuery<SourceRow>(sourcesSql());
  const rows = q.status === 'ready' ? q.rows.filter((r) => sources.includes(r.source)) : [];
  const asOf = [...new Set(rows.map((r) => formatDate(lang, r.asOf)))].join(', ');
  const named = rows.map((r) => `${lang === 'en' ? r.titleEn : r.titleVi} (${r.source})`).join('; ');
  const uploaded = provenanceLine(lang, useSurfaceUploads());
  return `${m.appName} · ${m.asOfLabel} ${asOf} · ${m.sourceLabel}: ${named}${uploaded ? ` · ⚠ ${uploaded}` : ''}`;
}

interface Props {
  /** What the picture is, for its file name. */
  what: string;
  title: string;
  sources: readonly string[];
  /** Draws the picture's body into the box it is given. */
  body: PictureBody;
  /** The picture's size in pixels, when not the wall's 1920×1080 (a chart taller than a screen). */
  size?: { width: number; height: number };
}

/** Two buttons that save the picture as PNG or SVG. */
export function PictureButtons({ what, title, sources, body, size }: Props) {
  const m = useMessages(COMMON);
  const footer = useSourceLine(sources);
  const [failed, setFailed] = useState(false);
  const save = async (format: 'png' | 'svg'): Promise<void> => {
    try {
      const text: PictureText = { title, footer };
      const svg = await composePicture(body, text, size);
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, size);
      saveBlob(blob, exportFileName(what, new Date(), format));
      setFailed(false);
    } catch (e) {
      console.warn('picture', e);
      setFailed(true);
    }
  };
  return (
    <span className="picture-buttons">
      {(['png', 'svg'] as const).map((f) => (
        <button key={f} type="button" className="csv-button" data-testid={`save-${f}`} title={m.savePicture(f.toUpperCase())} onClick={() => { void save(f); }}>
          {f.toUpperCase()}
        </button>
      ))}
      {failed && <span role="alert">{m.pictureFailed}</span>}
    </span>
  );
}
