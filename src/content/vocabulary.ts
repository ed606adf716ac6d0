/**
 * The words search can find, read from the content before the build: every page's title, summary,
 * other names, answer and body, every tree's questions and outcomes, the glossary, and the words
 * of the pages the engine writes itself (section names, the trainers' page and handouts). The
 * thesaurus check uses it: a thesaurus word that no page uses would find nothing.
 */
import type { Tree } from '../engine/types.ts';
import { makeVocabulary, type Vocabulary } from '../search/vocabulary.ts';
import { words } from '../search/words.ts';
import type { GlossaryItem } from './data.ts';
import type { PageRecord } from './pages.ts';
import { SECTIONS } from '../core/sections.ts';

/**
 * Words on the pages the engine writes (src/pages/: for trainers, handouts, the glossary), which
 * the content does not hold. tests/e2e/search-index.spec.ts checks that the index has them all.
 */
export const ENGINE_PAGE_WORDS =
  'For trainers: a training course, a session plan, training scenarios, words to practise, pages to print, a tool, the flowchart. Handouts, printing. Glossary.';

const TEXT_FIELDS = ['title', 'summary', 'aliases', 'answer', 'when', 'say', 'alternatives', 'avoid', 'questions'];

/** `more`: other texts whose words count, such as baseline pages a fork hid. */
export function contentVocabulary(
  pages: readonly PageRecord[],
  trees: readonly Tree[],
  glossary: readonly GlossaryItem[],
  more: readonly string[] = [],
): Vocabulary {
  const texts: string[] = [ENGINE_PAGE_WORDS, ...SECTIONS.flatMap((s) => [s.label, s.intro]), ...more];
  for (const page of pages) {
    for (const field of TEXT_FIELDS) texts.push(...[page.data[field]].flat().map(String));
    // Link targets and component tags are not words a reader sees.
    texts.push(page.body.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' '));
  }
  for (const tree of trees) {
    texts.push(tree.title, tree.summary);
    for (const node of tree.nodes.values()) {
      if (node.kind === 'question') texts.push(node.question, node.hint ?? '', ...node.options.map((o) => o.label));
      else texts.push(node.title, node.body, ...node.next_steps, ...node.record);
    }
  }
  for (const entry of glossary) texts.push(entry.term, ...entry.aka, entry.definition);
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of new Set(words(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  return makeVocabulary([...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b)));
}
