/**
 * `#/wall`: the IOC wall. A playlist of scenes rotates by itself (settings from wall.json and
 * the URL), in a dark control-room theme sized to the screen, with the scene title, the
 * rotation's progress, a clock and the data's as-of date always visible. The data are checked
 * for changes at an interval and reloaded in place; a failed check keeps the last good data
 * and says so. Keys: ← → change scene, Space pauses, Esc goes back to the dashboard.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLang, useMessages } from '../../i18n/i18n.ts';
import { useLocation } from '../../state/url-state.ts';
import { WALL } from './messages.ts';
import { SceneHost } from './SceneHost.tsx';
import { SceneSource } from './SceneSource.tsx';
import { sceneChunks } from './scene-sources.ts';
import { loadSnapshotChunks } from '../../data/snapshot.ts';
import { useClock, useDataRefresh, useWallFile } from './wall-hooks.ts';
import { resolveWallConfig } from './wall-config.ts';
import '../../styles/wall.css';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { COMMON } from '../../i18n/common.ts';


/** The wall. */
export default function WallView() {
  const m = useMessages(WALL);
  const common = useMessages(COMMON);
  const lang = useLang();
  useDocumentTitle(common.titleWall);
  const { location, setParams, go } = useLocation();
  const file = useWallFile();
  const { config, problems } = useMemo(
    () => resolveWallConfig(file?.raw ?? null, file?.error ?? null, location.params),
    [file, location.params],
  );
  const [index, setIndex] = useState(0);
  const [paused, setPaused] = useState(false);
  const count = config.scenes.length;
  const scene = config.scenes[index % count] ?? config.scenes[0];
  const clock = useClock(lang);
  const refresh = useDataRefresh(config.refresh);

  // The file may choose the language; the URL, when it says, wins.
  useEffect(() => {
    if (file && !location.params.lang && config.lang === 'en') setParams({ lang: 'en' }, { replace: true });
  }, [file, config.lang, location.params.lang, setParams]);

  // The answers of this scene and the next, ahead of the engine (a wall PC that restarts at night draws at once).
  const ahead = [scene, config.scenes[(index + 1) % count]].flatMap((sc) => (sc ? sceneChunks(sc) : [])).join(',');
  useEffect(() => { void loadSnapshotChunks(ahead ? ahead.split(',') : []); }, [ahead]);
  // A scene with nothing to show (a province with no late model) hands over to the next at once,
  // unless every other scene has just done the same: then it stays and says it is empty.
  const skips = useRef(0);
  const skip = useCallback((): boolean => {
    if (skips.current >= count - 1) return false;
    skips.current += 1;
    setIndex((i) => (i + 1) % count);
    return true;
  }, [count]);

  useEffect(() => {
    if (paused || count < 2) return;
    const t = setTimeout(() => { skips.current = 0; setIndex((i) => (i + 1) % count); }, config.interval * 1000);
    return () => clearTimeout(t);
  }, [index, paused, count, config.interval]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'ArrowRight' || e.key === 'PageDown') { skips.current = 0; setIndex((i) => (i + 1) % count); }
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') { skips.current = 0; setIndex((i) => (i - 1 + count) % count); }
      else if (e.key === ' ' || e.key === 'p' || e.key === 'P') { e.preventDefault(); setPaused((p) => !p); }
      else if (e.key === 'Escape') go('/');
      else return;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, go]);

  if (!scene) return null;
  const time = (d: Date): string => d.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="wall" role="region" aria-label={m.wallLabel} data-paused={paused}>
      {problems.length > 0 && (
        <div className="wall-problems" role="alert">
          <strong>{m.configProblems}</strong>
          <ul>{problems.map((p, i) => <li key={i}><code>{p.where}</code> · <code>{p.field || '—'}</code>{p.value ? <> = <code>{p.value}</code></> : null}: {m.problem[p.reason] ?? p.reason}</li>)}</ul>
        </div>
      )}
      <div className="wall-stage"><SceneHost key={`${scene.id}-${index}`} scene={scene} level={config.map === 34 ? 'unit' : 'province'} onEmpty={skip} /></div>
      <footer className="wall-bar">
        <div className="wall-progress" aria-hidden="true">
          <div key={`${index}-${paused}`} className="wall-progress-fill" style={{ animationDuration: `${config.interval}s` }} />
        </div>
        <span className="wall-count" data-testid="wall-count">{index % count + 1} / {count}</span>
        {paused && <span className="wall-paused" data-testid="wall-paused">{m.paused}</span>}
        <SceneSource scene={scene} />
        <span className={`wall-refresh${refresh.failedAt ? ' wall-refresh-failed' : ''}`} data-testid="wall-refresh">
          {refresh.failedAt ? m.refreshFailed(time(refresh.failedAt)) : refresh.checkedAt ? m.checked(time(refresh.checkedAt)) : ''}
        </span>
        <span className="wall-keys">{m.keys}</span>
        <time className="wall-clock" data-testid="wall-clock">{clock}</time>
      </footer>
    </div>
  );
}
