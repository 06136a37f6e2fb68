/** Pure derivations of the one-page briefs: the top causes of difficulty, each with one quoted sentence. */
import { competitionRanks } from '../../lib/ranking.ts';

/** A difficulty sentence as the briefs read it. */
export interface BriefSentence {
  difficultyId: string;
  categories: readonly string[];
  text: string;
  source: string;
  modelNo?: number;
  /** `progress` for a sentence that reports work done: no cause, never quoted. */
  nature?: string | null;
}

/** One cause on a brief: its shared rank, how many sentences name it, and the one quoted. */
export interface TopCause {
  category: string;
  rank: number;
  sentences: number;
  quote: BriefSentence;
}

/** The causes a brief quotes, and those left out for room though tied with the last one quoted. */
export interface TopCauses {
  causes: TopCause[];
  alsoTied: { category: string; sentences: number }[];
}

/**
 * The `limit` causes named by most sentences, ranked with shared ranks (causes named by as many
 * sentences share one), each with the first sentence that names it and is not already quoted for a
 * cause above it, when there is one. A tie that the limit cuts is not hidden: the causes of it left
 * out come back in `alsoTied`.
 */
export function topCauses(all: readonly BriefSentence[], limit = 4): TopCauses {
  const sentences = all.filter((s) => s.nature !== 'progress');
  const byCategory = new Map<string, BriefSentence[]>();
  for (const s of sentences) for (const c of s.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), s]);
  // Within a tie, the cause met first in the text comes first.
  const ranked = competitionRanks([...byCategory], ([, list]) => list.length);
  const quoted = new Set<string>();
  const causes: TopCause[] = [];
  for (const { item: [category, list], rank } of ranked.slice(0, limit)) {
    const quote = list.find((s) => !quoted.has(s.difficultyId)) ?? list[0];
    if (!quote) continue;
    quoted.add(quote.difficultyId);
    causes.push({ category, rank, sentences: list.length, quote });
  }
  const cut = causes.at(-1)?.rank;
  const alsoTied = ranked.slice(limit).filter((r) => r.rank === cut).map(({ item: [category, list] }) => ({ category, sentences: list.length }));
  return { causes, alsoTied };
}

/** A quotation cut to about `max` characters at a word boundary, with an ellipsis when cut. */
export function clipQuote(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')} …`;
}

/** Models as a brief lists them: number and a short name ("13. Triển khai Camera AI kiểm soát…"), joined by "; ". */
export function modelList(models: readonly { modelNo: number; name: string }[], max = 34): string {
  return models.map((r) => `${r.modelNo}. ${clipQuote(r.name, max).replace(/ …$/, '…')}`).join('; ');
}
