/**
 * One scene on the wall, with recovery: when it fails (a query error, a dead DuckDB worker, a
 * chart that throws), the last good frame of that scene is shown instead, the failure is logged,
 * the engine is checked (and restarted only if it no longer answers), and the rotation moves on.
 * Frames are kept one per scene.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EditionBanner } from '../../components/EditionBanner.tsx';
import { Surface, SurfaceContext } from '../../data/surface.ts';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { coordinator } from '../../data/browser-data.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { WALL } from './messages.ts';
import { DifficultiesScene, IndicatorsScene, RankingScene } from './scenes/ChartScenes.tsx';
import { ChangesScene } from './scenes/ChangesScene.tsx';
import { LateScene } from './scenes/LateScene.tsx';
import { ModelScene } from './scenes/ModelScene.tsx';
import { NationalScene } from './scenes/NationalScene.tsx';
import { ProvinceScene } from './scenes/ProvinceScene.tsx';
import type { MapLevel } from '../../map/geo-data.ts';
import type { Scene } from './wall-config.ts';

const frames = new Map<string, Node>();

function SceneBody({ scene, level, onEmpty }: { scene: Scene; level: MapLevel; onEmpty: () => boolean }) {
  switch (scene.kind) {
    case 'national': return <NationalScene group={scene.group} level={level} />;
    case 'model': return <ModelScene no={scene.no} level={level} />;
    case 'province': return <ProvinceScene code={scene.code} level={level} />;
    case 'late': return <LateScene code={scene.code} onEmpty={onEmpty} />;
    case 'ranking': return <RankingScene />;
    case 'difficulties': return <DifficultiesScene />;
    case 'indicators': return <IndicatorsScene />;
    case 'changes': return <ChangesScene level={level} onEmpty={onEmpty} />;
  }
}

/** How often a failed scene tries again, and how often a live scene's picture is kept as its last good frame (ms). */
const RETRY_MS = 10_000;
const KEEP_MS = 5_000;

function LastFrame({ id, error, retry }: { id: string; error: Error; retry: () => void }) {
  const m = useMessages(WALL);
  const box = useRef<HTMLDivElement>(null);
  // The boundary hands a new `retry` at each render (the clock renders every second): the latest is kept aside.
  const again = useRef(retry);
  useEffect(() => { again.current = retry; }, [retry]);
  useEffect(() => {
    console.warn(`wall: scene ${id} failed; showing its last good frame`, error);
    // The engine is restarted only if it no longer answers: a scene that failed for its own reasons restarts nothing.
    void coordinator.check().catch(() => undefined);
    const frame = frames.get(id);
    if (frame && box.current) box.current.replaceChildren(frame.cloneNode(true));
    // Nobody is there to press "try again": the scene tries by itself, at once when the data change.
    const timer = setTimeout(() => again.current(), RETRY_MS);
    const off = coordinator.onVersion(() => again.current());
    return () => { clearTimeout(timer); off(); };
  }, [id, error]);
  return (
    <div className="wall-stale" data-testid="wall-stale">
      <div ref={box} className="wall-scene-inner" />
      <p className="wall-stale-note" role="status">{m.staleFrame}</p>
    </div>
  );
}

/** Always shows the scene: for a host that cannot skip. */
const NO_SKIP = (): boolean => false;

/**
 * The current scene, carrying `data-scene`, with the last-good-frame fallback. `onEmpty` is called by a
 * scene with nothing to show, and returns whether the wall moved on (else the scene says it is empty).
 */
export function SceneHost({ scene, level, onEmpty = NO_SKIP }: { scene: Scene; level: MapLevel; onEmpty?: () => boolean }) {
  const inner = useRef<HTMLDivElement>(null);
  // Keep what is on screen as the scene's last good frame: now and then while it shows, and just before it leaves
  // (a playlist of one scene never leaves).
  useLayoutEffect(() => {
    const el = inner.current;
    const keep = (): void => { if (el && el.isConnected && el.childElementCount > 0 && el.querySelector('svg, canvas, .wall-figure, .wall-indicator')) frames.set(scene.id, el.cloneNode(true)); };
    const timer = setInterval(keep, KEEP_MS);
    return () => { clearInterval(timer); keep(); };
  }, [scene.id]);
  // Each scene is a surface of its own (the host is mounted anew per scene): it says when its own figures come from an uploaded file.
  const [surface] = useState(() => new Surface());
  return (
    <div className="wall-scene" data-scene={scene.id}>
      <SurfaceContext.Provider value={surface}>
        <EditionBanner variant="wall" />
        <ErrorBoundary resetKey={scene.id} log={(message, e) => console.warn(message, e)} fallback={(retry, error) => <LastFrame id={scene.id} error={error} retry={retry} />}>
          <div ref={inner} className="wall-scene-inner"><SceneBody scene={scene} level={level} onEmpty={onEmpty} /></div>
        </ErrorBoundary>
      </SurfaceContext.Provider>
    </div>
  );
}
