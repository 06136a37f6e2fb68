import type { DiscrepancyKind } from '../../../domain/discrepancy-kinds.ts';

/**
 * One row of discrepancies.csv. A row about one source fills `stated`/`counted` (the figure the source
 * states and the one counted in it); a row where two sources disagree fills `value` (what `source`
 * says) and `other_source`/`other_value` (what the other says): a count, or a status code.
 */
export type DiscrepancyRow = {
  kind: DiscrepancyKind;
  model_no?: number | null;
  province_code?: string | null;
  stated?: number | null;
  counted?: number | null;
  detail: string;
  detail_vi: string;
  source: string;
  value?: string | null;
  other_source?: string | null;
  other_value?: string | null;
};
