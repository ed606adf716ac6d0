/**
 * The search panel, loaded when the search box first gets focus. It reads the query as concepts
 * (src/search/query.ts), runs one Pagefind search per term, and ranks the pages together
 * (src/search/rank.ts), so a whole sentence finds what its words would find. Our own markup,
 * lighter than a UI library, meets WCAG: a polite live region with the outcome, real links,
 * filters as checkboxes (on the search page only), "Show more" moving focus to the new results.
 * The query stays in the page: nothing is written to the address, storage or a cookie.
 */
import type { SearchData } from './data.ts';
import { loadPagefind, loadSearchData, searchTerm, type PageHit, type Pagefind } from './pagefind.ts';
import { makeThesaurus, parseQuery, type QueryContext } from './query.ts';
import { rank, type Ranking } from './rank.ts';
import { el, renderAdded, renderCrisis, renderNoPage, renderResult } from './render.ts';
import { makeVocabulary } from './vocabulary.ts';

/**
 * Results shown at a time, as in Pagefind's own interface: each one fetches its page's stored text
 * (for the excerpt), so five instead of ten keeps a first search under 150 KB.
 */
const PAGE_SIZE = 5;
/** Long enough to skip the searches for half-typed words, short enough for results within 300 ms of the last key. */
export const PAUSE_MS = 120;
/**
 * After a word of one or two letters, usually the start of a longer one: its search would match
 * every word it starts ("t": the, to, that…) and load much of the index for nothing.
 */
const SHORT_WORD_PAUSE_MS = 400;

interface Ready {
  pagefind: Pagefind;
  data: SearchData;
  context: QueryContext;
}

async function prepare(base: string): Promise<Ready> {
  const [pagefind, data] = await Promise.all([loadPagefind(base), loadSearchData(base)]);
  return {
    pagefind,
    data,
    context: {
      vocabulary: makeVocabulary(
        data.words,
        [...data.about].flatMap((flag, i) => (flag === '1' ? [data.words[i]!] : [])),
      ),
      thesaurus: makeThesaurus(data.thesaurus),
      crisis: data.crisis,
    },
  };
}

export function mountSearch(box: HTMLElement, input: HTMLInputElement): void {
  if (box.dataset.mounted) return;
  box.dataset.mounted = 'true';
  const base = box.dataset.searchBase ?? '/';
  const panel = document.getElementById(`${box.dataset.search ?? 'search'}-results`);
  if (!panel) return;
  const withFilters = box.dataset.filtersAlways === 'true';
  const ready = prepare(base);

  panel.innerHTML = '';
  const inner = el('div', { class: panel.classList.contains('search-results') ? 'container search-results__inner' : '' });
  const filterSet = el('fieldset', { class: 'search-filters' });
  const status = el('p', { role: 'status', 'aria-live': 'polite', class: 'search-status' });
  const before = el('div');
  // Busy until the first results are shown when the reader typed before the panel loaded.
  const list = el('ul', { class: 'search-list', 'aria-busy': input.value ? 'true' : 'false' });
  const more = el('button', { type: 'button', class: 'search-more', hidden: 'hidden' });
  inner.append(...(withFilters ? [filterSet] : []), status, before, list, more);
  panel.append(inner);

  const selected = new Set<string>();
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ranking: Ranking<PageHit> | undefined;
  let shown = 0;

  const clear = (message = '') => {
    ranking = undefined;
    list.replaceChildren();
    before.replaceChildren();
    status.textContent = message;
    delete status.dataset.mode;
    more.hidden = true;
    list.setAttribute('aria-busy', 'false');
  };

  /** Shows the next page of results; returns the first new link, to move focus to it. */
  const showMore = async (current: number): Promise<HTMLElement | undefined> => {
    if (!ranking) return undefined;
    const next = ranking.results.slice(shown, shown + PAGE_SIZE);
    const items = (await Promise.all(next.map((r) => r.hit.data()))).map(renderResult);
    if (current !== run) return undefined;
    list.append(...items);
    shown += next.length;
    const left = ranking.results.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${shown} of ${ranking.results.length} shown)`;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const update = async () => {
    const query = input.value.trim();
    const current = ++run;
    if (!query && !selected.size) {
      clear();
      panel.hidden = !withFilters;
      return;
    }
    panel.hidden = false;
    const { pagefind, data, context } = await ready;
    // Keys typed while search was loading: only the latest query is searched.
    if (current !== run) return;
    const filters = selected.size ? { kind: { any: [...selected] } } : {};
    const parsed = parseQuery(query, context);
    if (query && !parsed.concepts.length) return clear('Type a word or two about the situation, such as “family” or “subpoena”.');
    // No words (or only the kind filters): list the pages of the chosen kinds.
    const concepts = query ? parsed.concepts : [{ crisis: false, terms: [{ text: '', whole: false, weight: 1 }] }];
    const hits = await Promise.all(
      concepts.map(async ({ crisis, terms }) => ({
        crisis,
        terms: await Promise.all(
          terms.map(async (t) => ({ weight: t.weight, hits: await searchTerm(pagefind, t, filters, context.vocabulary) })),
        ),
      })),
    );
    if (current !== run) return;
    ranking = rank(hits, data.pages);
    shown = 0;
    list.replaceChildren();
    await showMore(current);
    if (current !== run) return;
    const added = [...new Set(parsed.concepts.flatMap((c) => c.added))];
    before.replaceChildren(
      ...(parsed.crisis ? [renderCrisis(data)] : []),
      ...(ranking.mode === 'weak' || ranking.mode === 'none' ? [renderNoPage(data, ranking.mode === 'weak')] : []),
      ...(added.length && ranking.results.length ? [renderAdded(added)] : []),
    );
    status.textContent = (parsed.crisis ? 'Crisis lines are shown first. ' : '') + describe(query, ranking);
    status.dataset.mode = ranking.mode;
    list.setAttribute('aria-busy', 'false');
  };

  // A search that cannot load (offline, a missing index) says so and points to the A–Z index.
  const search = () =>
    void update().catch(() => clear('Search could not load. Check your connection and try again, or use the A–Z index.'));

  if (withFilters) {
    void ready
      .then(async ({ pagefind }) => {
        const kinds = (await pagefind.filters()).kind ?? {};
        filterSet.append(el('legend', {}, 'Show only'));
        for (const kind of Object.keys(kinds).sort()) {
          const checkbox = el('input', { type: 'checkbox', value: kind }) as HTMLInputElement;
          checkbox.addEventListener('change', () => {
            if (checkbox.checked) selected.add(kind);
            else selected.delete(kind);
            search();
          });
          filterSet.append(el('label', {}, checkbox, ` ${kind}`));
        }
      })
      .catch(() => undefined); // the first search reports it
  }

  const schedule = () => {
    const last = /\S+$/.exec(input.value)?.[0];
    clearTimeout(timer);
    timer = setTimeout(search, last && last.length <= 2 ? SHORT_WORD_PAUSE_MS : PAUSE_MS);
  };

  input.addEventListener('input', () => {
    list.setAttribute('aria-busy', 'true');
    // Fetch the index file for the word being typed while the reader is still typing (not for a
    // short start of a word: the files of every word it starts would load).
    const last = /\S+$/.exec(input.value)?.[0];
    if (last && last.length > 3) void ready.then(({ pagefind }) => pagefind.preload(last)).catch(() => undefined);
    schedule();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      search();
    }
  });
  more.addEventListener('click', () => {
    if (more.getAttribute('aria-disabled')) return;
    more.setAttribute('aria-disabled', 'true');
    void showMore(run).then((link) => {
      more.removeAttribute('aria-disabled');
      link?.focus();
    });
  });
  // Enter does nothing harmful: there is no form to submit, so the query stays out of the address.
  panel.hidden = !withFilters && !input.value;
  // Keys typed while the panel loaded: searched like the next key's, after the same pause.
  if (input.value) schedule();
}

function describe(query: string, ranking: Ranking<PageHit>): string {
  const n = ranking.results.length;
  const pages = (count: number) => `${count} ${count === 1 ? 'page' : 'pages'}`;
  if (ranking.mode === 'none') return 'This guide has no page on that yet.';
  if (ranking.mode === 'weak') return `This guide has no page on that yet. ${pages(n)} mention some of your words.`;
  if (ranking.mode === 'some' && !ranking.complete) return `No page has all your words; these ${pages(n)} match some of them.`;
  if (ranking.mode === 'some')
    return `${pages(ranking.complete)} ${ranking.complete === 1 ? 'has' : 'have'} all your words; ${n - ranking.complete} more match some of them.`;
  return `${pages(n)} ${n === 1 ? 'matches' : 'match'}${query ? ` “${query}”` : ''}.`;
}
