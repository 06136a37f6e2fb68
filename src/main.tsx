import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { FIRST_SCREEN_MAX_MS, releaseFirstScreen, releaseFirstScreenIfElsewhere } from './app/first-screen.ts';
import { chunksOf, drawsMap } from './app/route-snapshots.ts';
import { archipelagoFrames, levelOfParam, shapesOf } from './map/geo-data.ts';
import { parseRoute } from './app/routes.ts';
import { installSnapshot, loadSnapshotChunks } from './data/snapshot.ts';
import { parseLocation } from './state/url-state.ts';
import { normalizeInitialUrl } from './state/url-state.ts';
import './styles/app.css';

normalizeInitialUrl();
// The build-time first screen goes when the live map has drawn; if that never comes, the app's own notices show.
releaseFirstScreenIfElsewhere();
window.setTimeout(releaseFirstScreen, FIRST_SCREEN_MAX_MS);
installSnapshot();
// The deep link's answers are fetched beside the view's code, before the first render asks for them.
const first = parseLocation(window.location.search, window.location.hash);
const route = parseRoute(first.path);
void loadSnapshotChunks(chunksOf(route, first.params));
// A map's shapes too: fetched only once the view's code had arrived and mounted, they came last.
// (A failure is said by the map, which asks again.)
if (drawsMap(route)) Promise.all([shapesOf(levelOfParam(first.params.map)), archipelagoFrames()]).catch(() => undefined);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// Errors caught by a boundary are logged by that boundary (ErrorBoundary's `log`), once.
createRoot(root, { onCaughtError: () => undefined }).render(<StrictMode><App /></StrictMode>);
