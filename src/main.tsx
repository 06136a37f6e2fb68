import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { installSnapshot } from './data/snapshot.ts';
import { normalizeInitialUrl } from './state/url-state.ts';
import './styles/app.css';

normalizeInitialUrl();
installSnapshot();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// Errors caught by a boundary are logged by that boundary (ErrorBoundary's `log`), once.
createRoot(root, { onCaughtError: () => undefined }).render(<StrictMode><App /></StrictMode>);
