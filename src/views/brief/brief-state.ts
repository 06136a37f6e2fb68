/** Pure derivations of the one-page briefs: the top causes of difficulty, each with one quoted sentence. */

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

/** One cause on a brief: how many sentences name it, and the one quoted. */
export interface TopCause {
  category: string;
  sentences: number;
  quote: BriefSentence;
}

/**
 * The causes named by most sentences (ties by the first sentence's order), each with the first
 * sentence that names it and is not already quoted for a cause above it, when there is one.
 */
export function topCauses(all: readonly BriefSentence[], limit = 4): TopCause[] {
  const sentences = all.filter((s) => s.nature !== 'progress');
  const byCategory = new Map<string, BriefSentence[]>();
  for (const s of sentences) for (const c of s.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), s]);
  const order = [...byCategory].sort(([, a], [, b]) => b.length - a.length || sentences.indexOf(a[0] as BriefSentence) - sentences.indexOf(b[0] as BriefSentence));
  const quoted = new Set<string>();
  const out: TopCause[] = [];
  for (const [category, list] of order.slice(0, limit)) {
    const quote = list.find((s) => !quoted.has(s.difficultyId)) ?? list[0];
    if (!quote) continue;
    quoted.add(quote.difficultyId);
    out.push({ category, sentences: list.length, quote });
  }
  return out;
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
