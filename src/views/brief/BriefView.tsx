/**
 * `#/brief/model/<no>` and `#/brief/province/<code>`: a one-page brief, laid out as an A4
 * landscape sheet, so that the browser's print (or `npm run report`) gives exactly this page.
 * The page says it is ready (`data-brief-ready`) once its figures are in and its map is drawn;
 * with `print=1` it then opens the print dialog by itself.
 */
import { useEffect, useRef, useState } from 'react';
import type { Route } from '../../app/routes.ts';
import { COMMON } from '../../i18n/common.ts';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { hrefFor, useLocation } from '../../state/url-state.ts';
import './brief.css';
import { BRIEF } from './messages.ts';
import { ModelBrief } from './ModelBrief.tsx';
import { ProvinceBrief } from './ProvinceBrief.tsx';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The time of printing, as a local date and time (the brief's own as-of dates are the data's). */
function printedAt(lang: string): string {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return lang === 'en' ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}` : `${time} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** The brief of a model or a province. */
export default function BriefView({ route }: { route: Extract<Route, { name: 'brief' }> }) {
  const m = useMessages(BRIEF);
  const common = useMessages(COMMON);
  const lang = useLang();
  const { location } = useLocation();
  const page = useRef<HTMLDivElement>(null);
  const key = route.kind === 'model' ? `model-${route.no}` : `province-${route.code}`;
  // What is drawn changes with the brief, the language and the map's level: ready is per drawing.
  const drawing = `${key}|${lang}|${location.params.map ?? ''}`;
  const [readyFor, setReadyFor] = useState('');
  const ready = readyFor === drawing;

  // Ready once the figures are in and the map has coloured its shapes: watched, not polled, so a
  // brief whose data fail to load costs nothing while it says so.
  useEffect(() => {
    const el = page.current;
    if (!el) return;
    const check = (): boolean => {
      const drawn = el.querySelector('[data-brief-body]') && !el.querySelector('[data-pending]')
        && el.querySelector('[data-testid="province-map"] path[data-status]:not([data-status="none"])');
      if (drawn) setReadyFor(drawing);
      return Boolean(drawn);
    };
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(el, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-brief-body'] });
    return () => observer.disconnect();
  }, [drawing]);

  const autoPrint = location.params.print === '1';
  useEffect(() => { if (ready && autoPrint) window.print(); }, [ready, autoPrint]);

  const back = route.kind === 'model' ? `/model/${route.no}` : `/province/${route.code}`;
  return (
    <div className="brief-screen">
      <nav className="brief-tools" aria-label={common.print}>
        <a className="button" href={hrefFor(back)}>{m.back}</a>
        <button type="button" className="button" onClick={() => window.print()}>{common.print}</button>
      </nav>
      <article ref={page} className="brief-page" data-brief={key} data-brief-ready={ready ? 'true' : undefined} lang={lang}>
        {route.kind === 'model' ? <ModelBrief no={route.no} /> : <ProvinceBrief code={route.code} />}
        <footer className="brief-foot">{m.printedAt(printedAt(lang))}</footer>
      </article>
    </div>
  );
}
