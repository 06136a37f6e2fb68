/**
 * The wall's playlist and settings: read from a JSON file served next to the app (wall.json)
 * and from URL parameters (which win), validated, with every problem reported rather than
 * guessed away. Pure: no React, no fetching.
 */
import { provinceCodeOf } from '../../domain/province-names.ts';
import { GROUPS, isModelNo, MODEL_NUMBERS, MODELS, PROVINCE_COUNT, UNIT_COUNT, type MapShapes } from '../../domain/rollout.ts';

/** One scene of the playlist (its id is written to `data-scene`). */
export type Scene =
  | { kind: 'national'; id: string; group: string | null }
  | { kind: 'model'; id: string; no: number }
  | { kind: 'ranking' | 'difficulties' | 'indicators' | 'changes'; id: string }
  | { kind: 'province' | 'late'; id: string; code: string };

/** The wall's settings once validated. */
export interface WallConfig {
  scenes: Scene[];
  /** Seconds per scene. */
  interval: number;
  /** Seconds between checks for changed data. */
  refresh: number;
  province: string | null;
  lang: 'vi' | 'en';
  /** The maps' shapes: the 63 provinces, or the 34 units of 2025 (`map=34`). */
  map: MapShapes;
}

/** Why a setting was refused. */
export type ConfigProblemReason =
  'unknown_scene' | 'not_a_number' | 'out_of_range' | 'unknown_province' | 'unknown_lang' | 'unknown_map' | 'not_a_list' | 'not_json' | 'unknown_field';

/** A problem in the settings: where it was found, which field, and the value. */
export interface ConfigProblem {
  where: 'url' | 'wall.json';
  field: string;
  value: string;
  reason: ConfigProblemReason;
}

/** The limits of the numeric settings, in seconds. */
export const LIMITS = { interval: { min: 1, max: 3600, default: 15 }, refresh: { min: 5, max: 86400, default: 300 } } as const;


/** The scene tokens a playlist may use. */
export const SCENE_TOKENS = ['national', 'groups', 'group-I', 'group-II', 'group-III', 'group-IV', 'group-V', 'models', `model-<1–${MODELS}>`, 'ranking', 'difficulties', 'indicators', 'changes', 'province', 'late'] as const;

/**
 * The default playlist, with a province's scenes (its place, its late models) first when a province
 * is set. `changes` (since the last report) is skipped while the coverage has a single edition.
 */
export function defaultTokens(province: string | null): string[] {
  return province
    ? ['province', 'late', 'national', 'changes', 'ranking', 'models', 'difficulties', 'indicators']
    : ['national', 'groups', 'ranking', 'difficulties', 'indicators', 'changes', 'models'];
}

/** Expands one playlist token into scenes, or undefined when the token is unknown. */
function expand(token: string, province: string | null): Scene[] | undefined {
  const t = token.trim();
  if (t === 'national') return [{ kind: 'national', id: 'national', group: null }];
  if (t === 'groups') return GROUPS.map((g) => ({ kind: 'national', id: `group-${g}`, group: g }));
  const group = /^group-(I|II|III|IV|V)$/i.exec(t);
  if (group) return [{ kind: 'national', id: `group-${(group[1] ?? '').toUpperCase()}`, group: (group[1] ?? '').toUpperCase() }];
  if (t === 'models') return MODEL_NUMBERS.map((no) => ({ kind: 'model', id: `model-${no}`, no }));
  const model = /^model-(\d+)$/.exec(t);
  if (model) {
    const no = Number(model[1]);
    return isModelNo(no) ? [{ kind: 'model', id: `model-${no}`, no }] : undefined;
  }
  if (t === 'ranking' || t === 'difficulties' || t === 'indicators' || t === 'changes') return [{ kind: t, id: t }];
  if (t === 'province') return province ? [{ kind: 'province', id: `province-${province}`, code: province }] : [];
  // The province's models past their deadline; the wall skips it when there are none to show.
  if (t === 'late') return province ? [{ kind: 'late', id: `late-${province}`, code: province }] : [];
  return undefined;
}

/** Raw settings from one place: strings from the URL, any JSON value from the file. */
type Raw = Record<string, unknown>;

function readNumber(raw: Raw, field: 'interval' | 'refresh', where: ConfigProblem['where'], problems: ConfigProblem[]): number | undefined {
  const v = raw[field];
  if (v === undefined || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n)) { problems.push({ where, field, value: String(v), reason: 'not_a_number' }); return undefined; }
  const { min, max } = LIMITS[field];
  if (n < min || n > max) { problems.push({ where, field, value: String(v), reason: 'out_of_range' }); return undefined; }
  return n;
}

function readTokens(raw: Raw, where: ConfigProblem['where'], problems: ConfigProblem[]): string[] | undefined {
  const v = raw.scenes;
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'string') return v.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  problems.push({ where, field: 'scenes', value: JSON.stringify(v), reason: 'not_a_list' });
  return undefined;
}

const KNOWN_FIELDS = new Set(['scenes', 'interval', 'refresh', 'province', 'lang', 'map']);

/**
 * Merges the file's settings with the URL's (the URL wins), validates them and builds the
 * playlist. A wrong value is reported and its default used; an unknown scene is reported and
 * left out; a playlist left empty falls back to the default.
 */
export function resolveWallConfig(file: Raw | null, fileError: string | null, url: Readonly<Record<string, string>>): { config: WallConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (fileError) problems.push({ where: 'wall.json', field: '', value: fileError, reason: 'not_json' });
  const sources: [ConfigProblem['where'], Raw][] = [['wall.json', file ?? {}], ['url', url]];
  for (const key of Object.keys(file ?? {})) if (!KNOWN_FIELDS.has(key)) problems.push({ where: 'wall.json', field: key, value: '', reason: 'unknown_field' });

  let interval: number = LIMITS.interval.default;
  let refresh: number = LIMITS.refresh.default;
  let province: string | null = null;
  let lang: 'vi' | 'en' = 'vi';
  let map: MapShapes = PROVINCE_COUNT;
  let tokens: { where: ConfigProblem['where']; list: string[] } | undefined;
  for (const [where, raw] of sources) {
    interval = readNumber(raw, 'interval', where, problems) ?? interval;
    refresh = readNumber(raw, 'refresh', where, problems) ?? refresh;
    const p = raw.province;
    if (typeof p === 'string' && p !== '') {
      const code = provinceCodeOf(p);
      if (code) province = code;
      else problems.push({ where, field: 'province', value: p, reason: 'unknown_province' });
    }
    const l = raw.lang;
    if (typeof l === 'string' && l !== '') {
      if (l === 'vi' || l === 'en') lang = l;
      else problems.push({ where, field: 'lang', value: l, reason: 'unknown_lang' });
    }
    const level = raw.map;
    if (level !== undefined && level !== '') {
      if (String(level) === String(PROVINCE_COUNT) || String(level) === String(UNIT_COUNT)) map = Number(level) as MapShapes;
      else problems.push({ where, field: 'map', value: String(level), reason: 'unknown_map' });
    }
    const list = readTokens(raw, where, problems);
    if (list) tokens = { where, list };
  }

  const scenes: Scene[] = [];
  // A province wall always shows its province: first, unless the playlist places it.
  const list = tokens?.list ?? defaultTokens(province);
  for (const token of province && !list.includes('province') ? ['province', ...list] : list) {
    const expanded = expand(token, province);
    if (expanded) scenes.push(...expanded);
    else problems.push({ where: tokens?.where ?? 'url', field: 'scenes', value: token, reason: 'unknown_scene' });
  }
  const playlist = scenes.length > 0 ? scenes : defaultTokens(province).flatMap((t) => expand(t, province) ?? []);
  return { config: { scenes: playlist, interval, refresh, province, lang, map }, problems };
}


/** The national indicators of the indicators scene (the questions' chunk lists them, so the build answers them ahead). */
export { WALL_INDICATORS } from '../../data/queries/snapshot-chunks.ts';
