/**
 * The site's own pages: those the site makes itself rather than from a content file. One list,
 * read by the header and footer, the sitemap, the content check (a link may point at these, and a
 * moved page may not take their addresses) and the test that compares them with the build.
 * Guidance pages, sections and the pages of each tool come from the content.
 */
export interface SitePage {
  /** The address under the site's base, without slashes: '' is the home page. */
  readonly path: string;
  readonly label: string;
  /** Where it is linked: the header (and the phone menu), the footer's list, or neither. */
  readonly nav: 'header' | 'menu' | 'footer' | 'none';
  /** Listed in sitemap.xml; a page that is not says `noindex` (a search page is no answer to show in a search engine). */
  readonly sitemap: boolean;
  /** Built only when the content has what it shows (the practice questions). */
  readonly when?: 'practice';
}

export const SITE_PAGES: readonly SitePage[] = [
  { path: '', label: 'Home', nav: 'none', sitemap: true },
  { path: 'tools', label: 'Tools', nav: 'header', sitemap: true },
  { path: 'a-z', label: 'A–Z index', nav: 'menu', sitemap: true },
  { path: 'for-trainers', label: 'For trainers', nav: 'menu', sitemap: true },
  { path: 'about', label: 'About this guide', nav: 'menu', sitemap: true },
  { path: 'what-changed', label: 'What changed', nav: 'footer', sitemap: true },
  { path: 'handouts', label: 'Handouts', nav: 'footer', sitemap: true },
  { path: 'practice', label: 'Practice questions', nav: 'footer', sitemap: true, when: 'practice' },
  { path: 'glossary', label: 'Glossary', nav: 'footer', sitemap: true },
  { path: 'search', label: 'Search', nav: 'footer', sitemap: false },
];

/** Old addresses the site keeps as redirects: no page may take them. */
export const SITE_REDIRECTS: readonly string[] = ['flowcharts'];

/** Folders whose addresses the site makes itself: the tools, flowcharts, embeddable tools, handouts, practice sets and the search index. */
export const SITE_FOLDERS: ReadonlySet<string> = new Set(['embed', 'tools', 'flowcharts', 'handouts', 'practice', 'pagefind']);

/** Whether an address (kind/slug or a single word) is one of the site's own pages or old addresses. */
export function isSitePage(ref: string): boolean {
  return SITE_PAGES.some((p) => p.path === ref) || SITE_REDIRECTS.includes(ref);
}
