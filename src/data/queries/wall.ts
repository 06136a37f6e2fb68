/** Questions only the wall asks. */

/** Difficulty sentences per cause. */
export interface CategoryCountRow {
  category: string;
  sentences: number;
  total: number;
}

/** How many difficulty sentences carry each cause, most first, with the number of sentences in all; sentences reporting progress are not counted. */
export const difficultyCategoryCountsSql = (): string => `
  SELECT category, count(DISTINCT difficulty_id)::INTEGER AS sentences,
    (SELECT count(DISTINCT difficulty_id) FROM difficulties WHERE nature IS DISTINCT FROM 'progress')::INTEGER AS total
  FROM difficulties WHERE nature IS DISTINCT FROM 'progress' GROUP BY category ORDER BY sentences DESC, category`;
