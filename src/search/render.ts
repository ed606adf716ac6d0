/**
 * The pieces of the search panel, built as DOM nodes (never from HTML strings: excerpts come from
 * the index and are rebuilt as text, with <mark> around matches).
 */
import type { SearchData } from './data.ts';
import type { PagefindResultData } from './pagefind.ts';

/** A result: the page title as a link, its kind, an excerpt, and the matching sections beneath it. */
export function renderResult(result: PagefindResultData): HTMLElement {
  const item = el('li');
  const title = result.meta.title ?? result.url;
  item.append(el('a', { href: result.url }, title));
  const kind = result.filters.kind?.[0];
  if (kind) item.append(el('span', { class: 'search-kind' }, kind));
  item.append(excerpt(result.excerpt));
  const subs = result.sub_results.filter((s) => s.url !== result.url && s.title !== title).slice(0, 3);
  if (subs.length) {
    const sub = el('ul', { 'aria-label': `Sections of “${title}”` });
    for (const s of subs) sub.append(el('li', {}, el('a', { href: s.url }, s.title)));
    item.append(sub);
  }
  return item;
}

/** Shown first when a query suggests someone may be in danger now: tap-to-call lines and the safety tool. */
export function renderCrisis(data: SearchData): HTMLElement {
  const box = el('div', { class: 'search-crisis' });
  box.append(el('p', { class: 'search-crisis__title' }, el('strong', {}, 'If someone may be in danger now')));
  const list = el('ul');
  for (const line of data.lines) {
    const contact = line.tel ? el('a', { href: `tel:${line.tel}` }, line.contact) : el('strong', {}, line.contact);
    list.append(el('li', {}, contact, el('span', {}, line.name)));
  }
  box.append(list);
  if (data.safety) box.append(el('p', {}, el('a', { href: data.safety }, 'Worried about safety? Work out what to do, step by step')));
  return box;
}

/**
 * When no page covers the query (the status above says so): the sections to browse and a way to
 * report the gap, and, when pages mention some of the words, that they are only the closest.
 */
export function renderNoPage(data: SearchData, closest: boolean): HTMLElement {
  const box = el('div', { class: 'search-notice' });
  if (closest) box.append(el('p', {}, 'The closest sections are below: they mention some of your words, but are not about them.'));
  const browse = el('p', {}, 'Browse ');
  data.sections.forEach((s, i) =>
    browse.append(i ? (i === data.sections.length - 1 ? ' or the ' : ', ') : '', el('a', { href: s.url }, s.label)),
  );
  browse.append('. ', el('a', { href: data.report }, 'Tell us what you were looking for'), ', so we can add it.');
  box.append(browse);
  return box;
}

/** The words searched for that the reader did not type ("kid" → child). */
export function renderAdded(added: string[]): HTMLElement {
  return el('p', { class: 'search-note' }, `Also searched for: ${added.join(', ')}.`);
}

/** Pagefind excerpts are escaped text with <mark> around matches; rebuild them as nodes, never as HTML. */
function excerpt(html: string): HTMLElement {
  const p = el('p');
  for (const [i, part] of html.split(/<\/?mark>/).entries()) {
    const text = decode(part);
    if (!(i % 2)) {
      p.append(document.createTextNode(text));
      continue;
    }
    // Pagefind marks the punctuation around a word too ("VA,"): only the word is marked.
    const [, lead = '', word = '', trail = ''] = /^(\W*)(.*?)(\W*)$/su.exec(text) ?? [];
    p.append(lead, el('mark', {}, word || text), trail);
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

export function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) if (value) node.setAttribute(key, value);
  node.append(...children);
  return node;
}
