import { SITE_PAGES, type SitePage } from '../core/site-pages.ts';
import { getContent } from './content.ts';
import { href } from './url.ts';

/** The site's own pages this build makes (src/core/site-pages.ts), each with its address. */
export function sitePages(): (SitePage & { url: string })[] {
  const hasPractice = getContent().practice.length > 0;
  return SITE_PAGES.filter((p) => p.when !== 'practice' || hasPractice).map((p) => ({ ...p, url: href(p.path ? `${p.path}/` : '') }));
}
