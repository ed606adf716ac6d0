/**
 * The file the search panel loads beside Pagefind's index (pagefind/guide-search.json): the words
 * of the index (to tell a word the guide uses from one it does not, and to mend typos), the
 * thesaurus, the crisis words and lines, and where to send a reader when nothing fits.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { telHref, type Site } from '../config/site-schema.ts';
import { reportAddress, type Project } from '../content/project.ts';
import type { SearchWords } from '../content/search-words.ts';
import type { SearchData } from '../search/data.ts';
import { words } from '../search/words.ts';

export const SEARCH_DATA_FILE = 'guide-search.json';

/** One page as Pagefind stored it: the text it searches and shows excerpts from, and its metadata. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragments: gzip, then a 12-byte signature, then JSON (Pagefind 1.x). */
export function readFragments(pagefindDir: string): Fragment[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir).map((name) => {
    let data = readFileSync(join(dir, name));
    if (data.subarray(0, 12).toString() !== 'pagefind_dcd') data = gunzipSync(data);
    return JSON.parse(data.subarray(12).toString('utf8')) as Fragment;
  });
}

interface Options {
  site: Site;
  project?: Project;
  search: SearchWords;
  base: string;
  /** Tree ids, to link the safety tool when the site has it. */
  trees: string[];
  sections: { label: string; id: string }[];
}

export function writeSearchData(pagefindDir: string, { site, project, search, base, trees, sections }: Options): SearchData {
  const fragments = readFragments(pagefindDir);
  const counts = new Map<string, number>();
  const about = new Set<string>();
  for (const f of fragments) {
    for (const word of new Set(words(`${f.content} ${Object.values(f.meta).join(' ')}`))) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of words([f.meta.title, f.meta.aliases, f.meta.summary].join(' '))) about.add(word);
  }
  const list = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
  const data: SearchData = {
    pages: fragments.length,
    words: list,
    about: list.map((w) => (about.has(w) ? '1' : '0')).join(''),
    thesaurus: search.thesaurus,
    crisis: search.crisis,
    lines: site.contacts.crisis_lines.map((line) => ({
      name: line.name,
      contact: line.contact,
      tel: line.phone ? telHref(line.phone).slice(4) : phoneNumber(line.contact),
    })),
    safety: trees.includes('worried-about-safety') ? `${base}tools/worried-about-safety/` : undefined,
    report: reportAddress(site, project) ?? `${base}about/#report-a-mistake`,
    sections: [...sections.map((s) => ({ label: s.label, url: `${base}${s.id}/` })), { label: 'A–Z index', url: `${base}a-z/` }],
  };
  writeFileSync(join(pagefindDir, SEARCH_DATA_FILE), JSON.stringify(data));
  return data;
}

/** The number to dial in "Call or text 988" or "Call 0800 123 4567", for a tap-to-call link. */
export function phoneNumber(contact: string): string | undefined {
  const match = /\+?\d[\d\s().-]*\d|\d/.exec(contact);
  return match ? match[0].replace(/[^\d+]/g, '') : undefined;
}
