import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { EditionBanner } from '../components/EditionBanner.tsx';
import { Surface, SurfaceContext } from '../data/surface.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Notice } from '../components/Notice.tsx';
import { COMMON } from '../i18n/common.ts';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { hrefFor, useLocation } from '../state/url-state.ts';
import { BootStatus } from './BootStatus.tsx';
import { chunksOf } from './route-snapshots.ts';
import { parseRoute, type Route } from './routes.ts';
import { loadSnapshotChunks } from '../data/snapshot.ts';

const Overview = lazy(() => import('../views/overview/OverviewView.tsx'));
const ModelView = lazy(() => import('../views/model/ModelView.tsx'));
const ModelIndex = lazy(() => import('../views/model/ModelIndex.tsx'));
const ProvinceView = lazy(() => import('../views/province/ProvinceView.tsx'));
const ProvinceIndex = lazy(() => import('../views/province/ProvinceIndex.tsx'));
const DifficultiesView = lazy(() => import('../views/difficulties/DifficultiesView.tsx'));
const QualityView = lazy(() => import('../views/quality/QualityView.tsx'));
const DataView = lazy(() => import('../views/data/DataView.tsx'));
const WallView = lazy(() => import('../views/wall/WallView.tsx'));
const BriefView = lazy(() => import('../views/brief/BriefView.tsx'));

const NAV: { path: string; key: 'navOverview' | 'navModels' | 'navProvinces' | 'navDifficulties' | 'navQuality' | 'navData'; match: Route['name'] }[] = [
  { path: '/', key: 'navOverview', match: 'overview' },
  { path: '/model', key: 'navModels', match: 'model' },
  { path: '/province', key: 'navProvinces', match: 'province' },
  { path: '/difficulties', key: 'navDifficulties', match: 'difficulties' },
  { path: '/quality', key: 'navQuality', match: 'quality' },
  { path: '/data', key: 'navData', match: 'data' },
];

function RouteView({ route }: { route: Route }): ReactNode {
  const m = useMessages(COMMON);
  switch (route.name) {
    case 'model': return route.no === null ? <ModelIndex /> : <ModelView no={route.no} />;
    case 'overview': return <Overview />;
    case 'province': return route.code === null ? <ProvinceIndex /> : <ProvinceView code={route.code} />;
    case 'difficulties': return <DifficultiesView />;
    case 'quality': return <QualityView />;
    case 'data': return <DataView />;
    case 'wall': return <WallView />;
    case 'brief': return <BriefView route={route} />;
    case 'not_found': return (
      <section className="view">
        <h1>{m.notFoundTitle}</h1>
        <p>{m.notFound(route.path)}</p>
        <p><a href={hrefFor('/')}>{m.backHome}</a></p>
      </section>
    );
  }
}

/** The dashboard: header with navigation and language, the current view, and the data status. */
export function App() {
  const m = useMessages(COMMON);
  const lang = useLang();
  const { location, setParams, go } = useLocation();
  const route = parseRoute(location.path);
  // The page is a surface: its questions register the tables they read (and forget them when they change), for the provenance banner.
  const [surface] = useState(() => new Surface());

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = m.appTitle;
  }, [lang, m.appTitle]);

  // The route's answers ahead of the engine: a deep link draws while DuckDB starts.
  const chunks = chunksOf(route).join(',');
  useEffect(() => { void loadSnapshotChunks(chunks ? chunks.split(',') : []); }, [chunks]);

  // A province given by name or in another spelling is rewritten to its code, so links have one form.
  useEffect(() => {
    if (route.name === 'province' && route.code && route.asGiven !== route.code) go(`/province/${route.code}`, location.params);
  }, [route, go, location.params]);

  // The wall and the printable briefs fill the page on their own, without the dashboard's frame.
  if (route.name === 'wall' || route.name === 'brief') {
    return (
      <ErrorBoundary fallback={(retry, error) => <Notice kind="error" onRetry={retry}>{m.viewFailed} {error.message}</Notice>}>
        <BootStatus />
        <SurfaceContext.Provider value={surface}>
          <Suspense fallback={<Notice kind="loading">{m.loading}</Notice>}><RouteView route={route} /></Suspense>
        </SurfaceContext.Provider>
      </ErrorBoundary>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{m.skipToContent}</a>
      <header className="app-header">
        <div className="brand">
          <a href={hrefFor('/')} className="brand-title">{m.appTitle}</a>
          <span className="brand-subtitle">{m.appSubtitle}</span>
        </div>
        <nav aria-label={m.mainNav} className="main-nav">
          {NAV.map((n) => (
            <a key={n.path} href={hrefFor(n.path)} aria-current={route.name === n.match ? 'page' : undefined}>{m[n.key]}</a>
          ))}
        </nav>
        <div className="lang-switch" role="group" aria-label={m.language}>
          <button type="button" aria-pressed={lang === 'vi'} onClick={() => setParams({ lang: undefined })}>VI</button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setParams({ lang: 'en' })}>EN</button>
        </div>
      </header>
      <BootStatus />
      <main id="main" tabIndex={-1}>
        <SurfaceContext.Provider value={surface}>
          <EditionBanner />
          <ErrorBoundary resetKey={location.path} fallback={(retry, error) => <Notice kind="error" onRetry={retry}>{m.viewFailed} {error.message}</Notice>}>
            <Suspense fallback={<Notice kind="loading">{m.loading}</Notice>}>
              <RouteView route={route} />
            </Suspense>
          </ErrorBoundary>
        </SurfaceContext.Provider>
      </main>
      <footer className="app-footer"><p>{m.footer}</p></footer>
    </div>
  );
}
