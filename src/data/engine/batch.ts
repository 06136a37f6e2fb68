/**
 * Several questions in one statement, so a view's questions reach the engine in one round trip:
 * each question's rows become one list column of a single-row answer, in the question's own
 * order (numbered before they are gathered).
 */
import type { PlainRow } from './connector.ts';

const ORDER = '__batch_order';

/** A question's SQL as a subquery: without a final semicolon, its last line comment closed off. */
const asSubquery = (sql: string): string => sql.replace(/;\s*$/, '');

/** One statement answering every question of `sqls`. */
export function batchSql(sqls: readonly string[]): string {
  const columns = sqls.map((sql, i) => `(SELECT list(__r ORDER BY __r.${ORDER}) FROM (SELECT row_number() OVER () AS ${ORDER}, * FROM (
${asSubquery(sql)}
) __q) __r) AS q${i}`);
  return `SELECT ${columns.join(',\n')}`;
}

/** The rows of each question, from the single row `batchSql` returns. */
export function splitBatch(row: PlainRow | undefined, count: number): PlainRow[][] {
  return Array.from({ length: count }, (_, i) => {
    const rows = (row?.[`q${i}`] ?? []) as PlainRow[];
    return rows.map(({ [ORDER]: _order, ...rest }) => rest);
  });
}
