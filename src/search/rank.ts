/**
 * Puts together one Pagefind search per term into one list of pages. Pure, so it is tested in Node.
 *
 * A page scores for each concept it matches, through the concept's best term: Pagefind's score
 * relative to the best page for that concept, plus one when the page is about it (the concept
 * matched its title, other names or summary). Each concept counts by how rare it is (inverse
 * document frequency), and twice when it names a danger. So the more concepts a page matches,
 * and the better, the higher it ranks; a page need not match every word
 * (docs/decisions/0010-search-fallback.md).
 */

export interface Hit {
  /** Pagefind's page id. */
  id: string;
  score: number;
  /** The term matched the page's title, other names or summary (metadata), not only its body. */
  meta: boolean;
}

export interface ConceptHits<H extends Hit> {
  /** One list per term of the concept, with the term's weight. */
  terms: { weight: number; hits: readonly H[] }[];
  /** The concept names a danger: pages about it come first. */
  crisis?: boolean;
}

export interface Ranked<H extends Hit> {
  id: string;
  score: number;
  /** How many of the query's concepts the page matches. */
  matched: number;
  /** The hit that stands for the page (its excerpt and sections are shown). */
  hit: H;
}

export type Mode = 'all' | 'some' | 'weak' | 'none';

export interface Ranking<H extends Hit> {
  results: Ranked<H>[];
  /** Pages that match every concept. */
  complete: number;
  /**
   * all: every page shown matches every word; some: pages match some of the words; weak: pages
   * only mention the words, none is about any of them (title, other names, summary); none:
   * nothing matches.
   */
  mode: Mode;
}
/** What a page being about a concept adds to its relative score (0 to 1). */
const ABOUT_BONUS = 1;
const CRISIS_WEIGHT = 1.5;

export function rank<H extends Hit>(concepts: readonly ConceptHits<H>[], totalPages: number): Ranking<H> {
  const pages = new Map<string, Ranked<H> & { best: number }>();
  let about = false;
  for (const concept of concepts) {
    const best = bestPerPage(concept);
    const found = best.size;
    if ([...best.values()].some((b) => b.hit.meta)) about = true;
    if (!found) continue;
    const weight = Math.log(1 + totalPages / found) * (concept.crisis ? CRISIS_WEIGHT : 1);
    const top = Math.max(...[...best.values()].map((b) => b.value));
    for (const [id, b] of best) {
      const score = weight * (b.value / (top || 1) + (b.hit.meta ? ABOUT_BONUS : 0));
      const page = pages.get(id);
      if (!page) pages.set(id, { id, score, matched: 1, hit: b.hit, best: score });
      else {
        page.score += score;
        page.matched += 1;
        // The excerpt comes from the concept that counts most for the page.
        if (score > page.best) Object.assign(page, { hit: b.hit, best: score });
      }
    }
  }
  const results = [...pages.values()]
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .map(({ id, score, matched, hit }) => ({ id, score, matched, hit }));
  const complete = results.filter((p) => p.matched === concepts.length).length;
  const mode: Mode = !results.length ? 'none' : !about ? 'weak' : complete === results.length ? 'all' : 'some';
  return { results, complete, mode };
}

function bestPerPage<H extends Hit>(concept: ConceptHits<H>): Map<string, { value: number; hit: H }> {
  const best = new Map<string, { value: number; hit: H }>();
  for (const term of concept.terms) {
    for (const hit of term.hits) {
      const value = hit.score * term.weight;
      const current = best.get(hit.id);
      if (!current || value > current.value) best.set(hit.id, { value, hit });
    }
  }
  return best;
}
