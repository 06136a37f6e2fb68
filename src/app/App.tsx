import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { EditionBanner } from '../components/EditionBanner.tsx';
import { Surface, SurfaceContext } from '../data/surface.ts';
import { AppHeader } from './AppHeader.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Notice } from '../components/Notice.tsx';
import { useDocumentTitle } from '../components/use-document-title.ts';
import { usePrintFrames } from '../components/use-print-frames.ts';
import { COMMON } from '../i18n/common.ts';
import { useLang, useMessages } from '../i18n/i18n.ts';
import { hrefFor, setNavigationGate, useLocation } from '../state/url-state.ts';
import { BootStatus } from './BootStatus.tsx';
import { releaseFirstScreenIfElsewhere } from './first-screen.ts';
import { chunksOf } from './route-snapshots.ts';
import { preloadViews, VIEW_CODE, viewComponent } from './view-code.ts';
import { parseRoute, type Route } from './routes.ts';
import { loadSnapshotChunks } from '../data/snapshot.ts';
import { coordinator } from '../data/browser-data.ts';

const Overview = viewComponent(VIEW_CODE.overview);
const ModelView = viewComponent(VIEW_CODE.model);
const ModelIndex = viewComponent(VIEW_CODE.modelIndex);
const ProvinceView = viewComponent(VIEW_CODE.province);
const ProvinceIndex = viewComponent(VIEW_CODE.provinceIndex);
const DifficultiesView = viewComponent(VIEW_CODE.difficulties);
const QualityView = viewComponent(VIEW_CODE.quality);
const DataView = viewComponent(VIEW_CODE.data);
const WallView = viewComponent(VIEW_CODE.wall);
const BriefView = viewComponent(VIEW_CODE.brief);

function RouteView({ route }: { route: Route }): ReactNode {
  switch (route.name) {
    case 'model': return route.no === null ? <ModelIndex /> : <ModelView no={route.no} />;
    case 'overview': return <Overview />;
    case 'province': return route.code === null ? <ProvinceIndex /> : <ProvinceView code={route.code} />;
    case 'difficulties': return <DifficultiesView />;
    case 'quality': return <QualityView />;
    case 'data': return <DataView />;
    case 'wall': return <WallView />;
    case 'brief': return <BriefView route={route} />;
    case 'not_found': return <NotFound path={route.path} />;
  }
}

/** A path that is no view: says so, and leads back to the overview. */
function NotFound({ path }: { path: string }) {
  const m = useMessages(COMMON);
  useDocumentTitle(m.notFoundTitle);
  return (
    <section className="view">
      <h1>{m.notFoundTitle}</h1>
      <p>{m.notFound(path)}</p>
      <p><a href={hrefFor('/')}>{m.backHome}</a></p>
    </section>
  );
}

/** The dashboard: header with navigation and language, the current view, and the data status. */
export function App() {
  const m = useMessages(COMMON);
  const lang = useLang();
  const { location, go } = useLocation();
  const route = parseRoute(location.path);
  // The page is a surface: its questions register the tables they read (and forget them when they change), for the provenance banner.
  const [surface] = useState(() => new Surface());

  // Each view names itself in the browser's title (useDocumentTitle); the page's language is the shell's.
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  usePrintFrames();
  // Once the engine is ready, the other views' code comes while the reader reads (the wall and
  // the briefs stay on their one route).
  const dashboard = route.name !== 'wall' && route.name !== 'brief';
  useEffect(() => (dashboard ? coordinator.onProgress((p) => { if (p.stage === 'ready') preloadViews(); }) : undefined), [dashboard]);
  // Once the engine is ready, a navigation waits (briefly) for the new view's answers, so it draws once.
  useEffect(() => {
    let live = true;
    const off = coordinator.onProgress((p) => {
      if (p.stage !== 'ready') return;
      void import('./route-questions.ts').then(({ answersGate }) => { if (live) setNavigationGate(answersGate(coordinator)); }, () => undefined);
    });
    return () => { live = false; off(); setNavigationGate(null); };
  }, []);
  // The build-time first screen stands only over the location it is drawn for.
  useEffect(releaseFirstScreenIfElsewhere, [location]);

  // The route's answers ahead of the engine: a deep link draws while DuckDB starts.
  const chunks = chunksOf(route, location.params).join(',');
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
      <AppHeader route={route} />
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
