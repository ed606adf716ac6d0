/** The shape of pagefind/guide-search.json, written by the build (src/integrations/search-data.ts). */
import type { CrisisWords } from './query.ts';

export interface SearchData {
  /** Pages in the index. */
  pages: number;
  /** Every word of the index, most widespread first. */
  words: string[];
  /**
   * Which of `words` are words of titles, other names and summaries: "1" at the same position, else
   * "0" (a string of flags is about 2 KB lighter than a second word list, on every first search).
   */
  about: string;
  /** The thesaurus entries, the baseline's then the organization's: reader's phrase → the guide's words. */
  thesaurus: [string, string[]][];
  crisis: CrisisWords;
  /** The organization's crisis lines (content/site.yaml), with the number to dial when there is one. */
  lines: { name: string; contact: string; tel?: string | undefined }[];
  /** The safety tool, when the site has it. */
  safety?: string | undefined;
  /** Where to tell the publisher that a topic is missing. */
  report: string;
  /** Where to browse when nothing fits. */
  sections: { label: string; url: string }[];
}
