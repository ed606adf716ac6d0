/**
 * Pagefind's browser API, loaded once, and one search per term, cached: while the reader types
 * "kid being hit", the searches for "kid" and "child" are not run again at each key.
 */
import type { SearchData } from './data.ts';
import type { Term } from './query.ts';
import type { Hit } from './rank.ts';
import { longerWords, type Vocabulary } from './vocabulary.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}

interface PagefindResult {
  id: string;
  score: number;
  matchedMetaFields?: string[];
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
}

export interface PageHit extends Hit {
  data(): Promise<PagefindResultData>;
}

/**
 * Metadata that says what a page is about: its title, other names and summary. Not its kind, and
 * not a training case's other names (they say what the case teaches, not what it answers).
 */
const ABOUT = new Set(['title', 'aliases', 'summary']);

/**
 * How much a match in each kind of metadata adds. Other names weigh almost as much as the title:
 * they are the words readers type. A training case's other names weigh less, so the case does
 * not outrank the guidance it teaches.
 */
const META_WEIGHTS = { title: 5, aliases: 4, summary: 1.5, terms: 1, case_aliases: 1, kind: 0 };

let pagefindPromise: Promise<Pagefind> | undefined;
let dataPromise: Promise<SearchData> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24, noWorker: true, ranking: { metaWeights: META_WEIGHTS } });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

export function loadSearchData(base: string): Promise<SearchData> {
  dataPromise ??= fetch(`${base}pagefind/guide-search.json`).then((r) => {
    if (!r.ok) throw new Error(`The search words could not be loaded (${r.status}).`);
    return r.json() as Promise<SearchData>;
  });
  return dataPromise;
}

const cache = new Map<string, Promise<PageHit[]>>();

/**
 * Pages matching one term (an empty term: every page the filters let through). A whole-word term
 * keeps only pages where the word appears as it is.
 */
export function searchTerm(pagefind: Pagefind, term: Term, filters: Record<string, unknown>, vocabulary: Vocabulary): Promise<PageHit[]> {
  const key = JSON.stringify([term.text, term.whole, filters]);
  let found = cache.get(key);
  if (!found) {
    found = (async () => {
      await Promise.all(longerWords(vocabulary, term.text).map((w) => pagefind.preload(w)));
      const ranked = await pagefind.search(term.text || null, { filters });
      // A quoted search matches whole words but scores every page alike: use it to filter, and for
      // excerpts that mark the word itself ("VA", not "varies").
      const whole = term.whole ? new Map((await pagefind.search(`"${term.text}"`, { filters })).results.map((r) => [r.id, r])) : undefined;
      return ranked.results
        .filter((r) => !whole || whole.has(r.id))
        .map((r) => {
          const shown = whole?.get(r.id) ?? r;
          return { id: r.id, score: r.score, meta: (r.matchedMetaFields ?? []).some((f) => ABOUT.has(f)), data: () => shown.data() };
        });
    })();
    cache.set(key, found);
  }
  return found;
}
