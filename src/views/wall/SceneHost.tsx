/**
 * One scene on the wall, with recovery: when it fails (a query error, a dead DuckDB worker, a
 * chart that throws), the last good frame of that scene is shown instead, the failure is logged,
 * the database is restarted, and the rotation moves on. Frames are kept one per scene.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { restartDatabase } from '../../data/db.ts';
import { useMessages } from '../../i18n/i18n.ts';
import { WALL } from './messages.ts';
import { DifficultiesScene, IndicatorsScene, RankingScene } from './scenes/ChartScenes.tsx';
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
  }
}

function LastFrame({ id, error }: { id: string; error: Error }) {
  const m = useMessages(WALL);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    console.warn(`wall: scene ${id} failed; showing its last good frame`, error);
    void restartDatabase().catch(() => undefined);
    const frame = frames.get(id);
    if (frame && box.current) box.current.replaceChildren(frame.cloneNode(true));
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
  // Keep what was on screen as the scene's last good frame, just before it leaves.
  useLayoutEffect(() => {
    const el = inner.current;
    return () => {
      if (el && el.childElementCount > 0 && !el.closest('.wall-stale')) frames.set(scene.id, el.cloneNode(true));
    };
  }, [scene.id]);
  return (
    <div className="wall-scene" data-scene={scene.id}>
      <ErrorBoundary resetKey={scene.id} log={(message, e) => console.warn(message, e)} fallback={(_retry, error) => <LastFrame id={scene.id} error={error} />}>
        <div ref={inner} className="wall-scene-inner"><SceneBody scene={scene} level={level} onEmpty={onEmpty} /></div>
      </ErrorBoundary>
    </div>
  );
}
