/**
 * The switch between the 63 provinces (the unit of record) and the 34 units in force since
 * 1 July 2025, kept in the URL (`map=34`) so a link opens the same map, and carried from view to view.
 */
import { useCallback } from 'react';
import { useMessages } from '../i18n/i18n.ts';
import { useLocation } from '../state/url-state.ts';
import { levelOfParam, type MapLevel } from './geo-data.ts';
import { MAP_MESSAGES } from './messages.ts';

/** The map level of the URL, and a setter. */
export function useMapLevel(): [MapLevel, (level: MapLevel) => void] {
  const { location, setParams } = useLocation();
  const level: MapLevel = levelOfParam(location.params.map);
  const set = useCallback((l: MapLevel) => setParams({ map: l === 'unit' ? '34' : undefined }, { replace: true }), [setParams]);
  return [level, set];
}

/** Two buttons: 63 provinces, 34 units. */
export function MapLevelSwitch() {
  const m = useMessages(MAP_MESSAGES);
  const [level, setLevel] = useMapLevel();
  return (
    <div className="chips" role="group" aria-label={m.levelLabel} data-testid="map-level">
      {(['province', 'unit'] as const).map((l) => (
        <button key={l} type="button" className="chip chip-small" aria-pressed={level === l} data-level={l} onClick={() => setLevel(l)}>
          {l === 'unit' ? m.levelUnits : m.levelProvinces}
        </button>
      ))}
    </div>
  );
}
