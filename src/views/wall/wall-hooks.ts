/** The wall's timers and fetches, each cleaned up when the wall leaves (nothing piles up over days). */
import { useEffect, useState } from 'react';
import { refreshData } from '../../data/browser-data.ts';
import { asError } from '../../lib/errors.ts';

/** The settings file served next to the app, read once: its JSON, or why it could not be read (a missing file is no error). */
export function useWallFile(): { raw: Record<string, unknown> | null; error: string | null } | null {
  const [file, setFile] = useState<{ raw: Record<string, unknown> | null; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    fetch('wall.json', { cache: 'no-cache' })
      .then(async (res) => {
        if (res.status === 404) return { raw: null, error: null };
        if (!res.ok) return { raw: null, error: `HTTP ${res.status}` };
        const text = await res.text();
        try {
          const json: unknown = JSON.parse(text);
          return json && typeof json === 'object' && !Array.isArray(json) ? { raw: json as Record<string, unknown>, error: null } : { raw: null, error: 'not an object' };
        } catch (e) {
          return { raw: null, error: asError(e).message };
        }
      })
      .catch((e: unknown) => ({ raw: null, error: asError(e).message }))
      .then((f) => { if (live) setFile(f); });
    return () => { live = false; };
  }, []);
  return file;
}

/** The time of day (hours and minutes), updated every second. */
export function useClock(lang: 'vi' | 'en'): string {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(t);
  }, []);
  return now.toLocaleTimeString(lang === 'en' ? 'en-GB' : 'vi-VN', { hour: '2-digit', minute: '2-digit' });
}

/** When the data were last checked, and when a check last failed (cleared by the next success). */
export interface RefreshState {
  checkedAt: Date | null;
  failedAt: Date | null;
}

/** Checks the data every `seconds`, reloading what changed; after a failure, retries sooner (30 s at most). */
export function useDataRefresh(seconds: number): RefreshState {
  const [state, setState] = useState<RefreshState>({ checkedAt: null, failedAt: null });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const schedule = (s: number): void => { timer = setTimeout(() => { void run(); }, s * 1000); };
    const run = async (): Promise<void> => {
      try {
        const changed = await refreshData();
        if (!live) return;
        // The log is what an operator (and the soak) reads to see the wall took up new data.
        if (changed.length > 0) console.info(`wall: data refreshed (${changed.join(', ')})`);
        setState({ checkedAt: new Date(), failedAt: null });
        schedule(seconds);
      } catch (e) {
        if (!live) return;
        console.warn('wall: data refresh failed; keeping the data already loaded', e);
        setState((s) => ({ ...s, failedAt: new Date() }));
        schedule(Math.min(30, seconds));
      }
    };
    schedule(seconds);
    return () => { live = false; clearTimeout(timer); };
  }, [seconds]);
  return state;
}
