/** The themes A–E under which report 002 groups the national indicators (indicators.csv `theme`). */
export const INDICATOR_THEMES = ['A', 'B', 'C', 'D', 'E'] as const;

/** One indicator theme. */
export type IndicatorTheme = (typeof INDICATOR_THEMES)[number];
