/**
 * Whether a province's own word on a model (its report's status) agrees with the national report's
 * coverage cell for that province. The one rule the pipeline's discrepancy list and the province
 * view's flag both apply, so they cannot drift apart.
 */

/** Every status of a province's own report (003), or of another list of pilots, in reading order. */
export const OWN_STATUSES = ['completed', 'in_progress', 'waiting', 'not_started', 'unclear'] as const;

/** A status of a province's own report (003), or of another list of pilots. */
export type OwnStatus = (typeof OWN_STATUSES)[number];

/** Whether a text is one of the own statuses. */
export const isOwnStatus = (status: string): status is OwnStatus => (OWN_STATUSES as readonly string[]).includes(status);

/** How the two stand: `disagree`, `agree`, `fills_gap` (the national report does not know), or `silent` (the own status says nothing). */
export type Agreement = 'agree' | 'disagree' | 'fills_gap' | 'silent';

/**
 * The rule: national `unknown` against any own status is a gap the other source fills; `deployed`
 * against `not_started` or `waiting`, and `not_deployed` against `completed` or `in_progress`, disagree;
 * an `unclear` own status says nothing; the rest agree.
 */
export function compareStatuses(national: string, own: string | null): Agreement {
  if (own === null) return 'silent';
  if (national === 'unknown') return 'fills_gap';
  if (own === 'unclear') return 'silent';
  const started = own === 'completed' || own === 'in_progress';
  if (national === 'deployed') return started ? 'agree' : 'disagree';
  if (national === 'not_deployed') return started ? 'disagree' : 'agree';
  return 'silent';
}
