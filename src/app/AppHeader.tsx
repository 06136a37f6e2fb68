import { useEffect, useRef, useState } from 'react';
import type { Route } from './routes.ts';
import { COMMON } from '../i18n/common.ts';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { hrefFor, useLocation } from '../state/url-state.ts';
import { NAV } from './nav.ts';

/**
 * The dashboard's header: the name, the views, the language. On a wide screen the views sit in a row;
 * on a phone they fold behind a Menu button (a disclosure: `aria-expanded`, Escape closes it and gives
 * focus back, choosing a view or clicking elsewhere closes it), so the header stays one line high.
 */
export function AppHeader({ route }: { route: Route }) {
  const m = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams } = useLocation();
  // The menu is open for the view it was opened on: choosing another view (or language) closes it.
  const here = `${location.path}?${lang}`;
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === here;
  const setOpen = (next: boolean): void => setOpenOn(next ? here : null);
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') { setOpenOn(null); button.current?.focus(); }
    };
    const onPointer = (e: PointerEvent): void => {
      if (!header.current?.contains(e.target as Node)) setOpenOn(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => { document.removeEventListener('keydown', onKey); document.removeEventListener('pointerdown', onPointer); };
  }, [open]);

  return (
    <header className="app-header" ref={header}>
      <div className="brand">
        <a href={hrefFor('/')} className="brand-title">
          <span className="brand-long">{m.appTitle}</span><span className="brand-short">{m.appName}</span>
        </a>
        <span className="brand-subtitle">{m.appSubtitle}</span>
      </div>
      <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls="main-nav" onClick={() => setOpen(!open)}>
        <span className="menu-icon" aria-hidden="true" />{m.menu}
      </button>
      <nav id="main-nav" aria-label={m.mainNav} className="main-nav" data-open={open}>
        {NAV.map((n) => (
          <a key={n.path} href={hrefFor(n.path)} aria-current={route.name === n.match ? 'page' : undefined} onClick={() => setOpen(false)}>{m[n.key]}</a>
        ))}
      </nav>
      <div className="lang-switch" role="group" aria-label={m.language}>
        <button type="button" aria-pressed={lang === 'vi'} onClick={() => setParams({ lang: undefined })}>VI</button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => setParams({ lang: 'en' })}>EN</button>
      </div>
    </header>
  );
}
