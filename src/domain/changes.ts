/**
 * What can change for a model in a province between two editions of the coverage table. The
 * deployment comes first: a province that goes from "unknown" to "deployed" is newly deployed
 * (it is also newly reported, but that is not the news); otherwise a status that becomes known
 * (unknown → not deployed) is newly reported, and one that becomes unknown, no longer reported.
 */
export const CHANGE_KINDS = ['newly_deployed', 'no_longer_deployed', 'newly_reported', 'no_longer_reported'] as const;

/** One kind of change. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The change from one status to another (statuses of coverage; null where the edition has no row), or null for none. */
export function changeOf(before: string | null, after: string | null): ChangeKind | null {
  if (after === 'deployed' && before !== 'deployed') return 'newly_deployed';
  if (before === 'deployed' && after !== 'deployed') return 'no_longer_deployed';
  const known = (s: string | null): boolean => s !== null && s !== 'unknown';
  if (!known(before) && known(after)) return 'newly_reported';
  if (known(before) && !known(after)) return 'no_longer_reported';
  return null;
}

/** The outline of a changed shape, by kind, on the light dashboard and on the dark wall. */
export const CHANGE_COLORS: Readonly<Record<ChangeKind, { light: string; dark: string }>> = {
  newly_deployed: { light: '#0b6b2f', dark: '#7dff9e' },
  no_longer_deployed: { light: '#b3261e', dark: '#ff8a80' },
  newly_reported: { light: '#1f4e9e', dark: '#8ab4ff' },
  no_longer_reported: { light: '#7a4f00', dark: '#ffd166' },
};
