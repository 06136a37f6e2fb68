/**
 * The funding classes of a model (models.csv `funding_kind`), read from its funding cell in
 * report 000; the cell's text is kept beside the class.
 */
export const FUNDING_KINDS = ['free', 'free_limited', 'equipment', 'invest_or_rent', 'paid'] as const;

/** One funding class. */
export type FundingKind = (typeof FUNDING_KINDS)[number];
