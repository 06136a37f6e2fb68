/** Questions only the wall asks. */

/** Difficulty sentences per cause. */
export interface CategoryCountRow {
  category: string;
  sentences: number;
  total: number;
}

/** How many difficulty sentences carry each cause, most first, with the number of sentences in all. */
export const difficultyCategoryCountsSql = (): string => `
  SELECT category, count(DISTINCT difficulty_id)::INTEGER AS sentences,
    (SELECT count(DISTINCT difficulty_id) FROM difficulties)::INTEGER AS total
  FROM difficulties GROUP BY category ORDER BY sentences DESC, category`;
