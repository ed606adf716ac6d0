/**
 * The search panel, loaded on demand. It talks to Pagefind's JavaScript API directly: a few
 * hundred lines of our own markup are lighter than a UI library and let us meet WCAG ourselves
 * (a polite live region with the result count, real links, filters as checkboxes).
 * The query stays in the page: nothing is written to the address, storage or a cookie.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
    ms?: number,
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 10;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

export function mountSearch(box: HTMLElement, input: HTMLInputElement): void {
  if (box.dataset.mounted) return;
  box.dataset.mounted = 'true';
  const base = box.dataset.searchBase ?? '/';
  const id = box.dataset.search ?? 'search';
  const panel = document.getElementById(`${id}-results`);
  if (!panel) return;
  const filtersAlways = box.dataset.filtersAlways === 'true';

  panel.innerHTML = '';
  const inner = el('div', { class: panel.classList.contains('search-results') ? 'container search-results__inner' : '' });
  const status = el('p', { role: 'status', 'aria-live': 'polite', class: 'search-status' });
  const filterSet = el('fieldset', { class: 'search-filters' });
  const list = el('ul', { class: 'search-list' });
  inner.append(filterSet, status, list);
  panel.append(inner);

  const selected = new Set<string>();
  let run = 0;

  const update = async () => {
    const query = input.value.trim();
    const current = ++run;
    if (!query && !(filtersAlways && selected.size)) {
      list.replaceChildren();
      status.textContent = '';
      panel.hidden = !filtersAlways;
      return;
    }
    panel.hidden = false;
    const pagefind = await loadPagefind(base);
    const filters = selected.size ? { kind: { any: [...selected] } } : {};
    const search = await pagefind.debouncedSearch(query || null, { filters }, 200);
    if (!search || current !== run) return;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (current !== run) return;
    list.replaceChildren(...data.map(renderResult));
    const total = search.results.length;
    const shown = Math.min(total, MAX_RESULTS);
    status.textContent =
      total === 0
        ? `No pages match “${query}”. Try other words, or browse the A–Z index.`
        : `${total} ${total === 1 ? 'page matches' : 'pages match'}${query ? ` “${query}”` : ''}${total > shown ? `; showing the first ${shown}` : ''}.`;
  };

  void loadPagefind(base).then(async (pagefind) => {
    const kinds = (await pagefind.filters()).kind ?? {};
    const legend = el('legend', {}, 'Show only');
    filterSet.append(legend);
    for (const kind of Object.keys(kinds).sort()) {
      const box = el('input', { type: 'checkbox', value: kind }) as HTMLInputElement;
      box.addEventListener('change', () => {
        if (box.checked) selected.add(kind);
        else selected.delete(kind);
        void update();
      });
      filterSet.append(el('label', {}, box, ` ${kind}`));
    }
  });

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      void update();
    }
  });
  // Enter does nothing harmful: there is no form to submit, so the query stays out of the address.
  panel.hidden = !filtersAlways && !input.value;
  if (input.value) void update();
}

function renderResult(result: PagefindResultData): HTMLElement {
  const item = el('li');
  const title = result.meta.title ?? result.url;
  item.append(el('a', { href: result.url }, title));
  const kind = result.filters.kind?.[0];
  if (kind) item.append(el('span', { class: 'search-kind' }, kind));
  item.append(excerpt(result.excerpt));
  const subs = result.sub_results.filter((s) => s.url !== result.url && s.title !== title).slice(0, 3);
  if (subs.length) {
    const sub = el('ul');
    for (const s of subs) sub.append(el('li', {}, el('a', { href: s.url }, s.title)));
    item.append(sub);
  }
  return item;
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them as nodes, never as HTML. */
function excerpt(html: string): HTMLElement {
  const p = el('p');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = decode(part);
    p.append(i % 2 ? el('mark', {}, text) : document.createTextNode(text));
  }
  return p;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value) node.setAttribute(key, value);
  node.append(...children);
  return node;
}
