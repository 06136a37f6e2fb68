/** The routes of product.md, parsed from the hash path. */
import { provinceCodeOf } from '../domain/province-names.ts';
import { isModelNo } from '../domain/rollout.ts';

/** A route of the dashboard. */
export type Route =
  | { name: 'overview' }
  | { name: 'model'; no: number | null }
  | { name: 'province'; code: string | null; asGiven: string }
  | { name: 'difficulties' }
  | { name: 'quality' }
  | { name: 'data' }
  | { name: 'wall' }
  | { name: 'brief'; kind: 'model'; no: number }
  | { name: 'brief'; kind: 'province'; code: string }
  | { name: 'not_found'; path: string };

/** A path segment decoded, or null when its percent escapes are malformed (`%zz`, a truncated `%E0%A4%A`). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment).normalize('NFC');
  } catch {
    return null;
  }
}

/**
 * Parses a hash path (`/model/13`, `/province/VN-31`, `/brief/model/13`, …). Province names in any
 * known spelling resolve to their code. Total: any path at all, however malformed, gives a route.
 */
export function parseRoute(path: string): Route {
  const parts: string[] = [];
  for (const segment of path.split('/').filter(Boolean)) {
    const part = decodeSegment(segment);
    if (part === null) return { name: 'not_found', path };
    parts.push(part);
  }
  const [head, arg] = parts;
  switch (head) {
    case undefined: return { name: 'overview' };
    case 'model': {
      if (arg === undefined) return { name: 'model', no: null };
      const no = /^\d+$/.test(arg) ? Number(arg) : NaN;
      return isModelNo(no) ? { name: 'model', no } : { name: 'not_found', path };
    }
    case 'province': {
      if (arg === undefined) return { name: 'province', code: null, asGiven: '' };
      const code = provinceCodeOf(arg);
      return code ? { name: 'province', code, asGiven: arg } : { name: 'not_found', path };
    }
    case 'difficulties': return { name: 'difficulties' };
    case 'quality': return { name: 'quality' };
    case 'data': return { name: 'data' };
    case 'wall': return { name: 'wall' };
    case 'brief': {
      const target = parts[2];
      if (arg === 'model' && target !== undefined && /^\d+$/.test(target) && isModelNo(Number(target))) return { name: 'brief', kind: 'model', no: Number(target) };
      const code = arg === 'province' && target !== undefined ? provinceCodeOf(target) : null;
      return code ? { name: 'brief', kind: 'province', code } : { name: 'not_found', path };
    }
    default: return { name: 'not_found', path };
  }
}
