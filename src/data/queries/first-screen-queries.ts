/** The questions of the first screen (the overview, all groups), whose answers are embedded in the build. */
import { sourcesSql } from './catalogue.ts';
import { coverageByModelSql, groupsSql, indicatorsSql, matrixSql, modelsByProvinceSql } from './overview.ts';

/** Their SQL texts, exactly as the views build them. */
export const FIRST_SCREEN_QUERIES = (): string[] => [
  modelsByProvinceSql([]), coverageByModelSql([]), matrixSql([]), groupsSql(), indicatorsSql(), sourcesSql(),
];
