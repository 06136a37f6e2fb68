/** Coverage counted by status in SQL: the one fragment every query that counts statuses uses, and the fields it gives a row. */
import { COVERAGE_STATUSES, type CoverageStatus } from '../../domain/coverage.ts';
import { str } from '../sql.ts';

/** The field of each status's count in a row. */
const FIELD = { deployed: 'deployed', not_deployed: 'notDeployed', unknown: 'unknown' } as const satisfies Record<CoverageStatus, string>;

/** The counts a row gets from `statusCountsSql`. */
export interface StatusCounts {
  deployed: number;
  notDeployed: number;
  unknown: number;
}

/** Columns counting the rows of the coverage table aliased `alias` per status (all three unless `statuses` says), named as `StatusCounts` names them. */
export const statusCountsSql = (alias: string, statuses: readonly CoverageStatus[] = COVERAGE_STATUSES): string =>
  statuses.map((s) => `count(*) FILTER (WHERE ${alias}.status = ${str(s)})::INTEGER AS "${FIELD[s]}"`).join(',\n    ');
