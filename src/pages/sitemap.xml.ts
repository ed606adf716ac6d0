import type { APIRoute } from 'astro';
import { visibleSections } from '../lib/sections.ts';
import { getAllPages } from '../lib/pages.ts';
import { getTrees } from '../lib/trees.ts';
import { practiceSets } from '../lib/practice.ts';
import { sitePages } from '../lib/site-pages.ts';
import { href, isoDate } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const pages = await getAllPages();
  // The site's own pages (src/core/site-pages.ts), the sections, each tool and its flowchart, each practice set.
  // Printable quizzes, keys and handouts are for paper (noindex), like the embeddable tools.
  const fixed = [
    ...sitePages()
      .filter((p) => p.sitemap)
      .map((p) => (p.path ? `${p.path}/` : '')),
    ...visibleSections().map((s) => `${s.id}/`),
    ...getTrees().flatMap((t) => [`tools/${t.id}/`, `flowcharts/${t.id}/`]),
    ...practiceSets().map((s) => `practice/${s.id}/`),
  ].map((path) => ({ loc: href(path), lastmod: undefined as string | undefined }));
  const guide = pages.map((p) => ({ loc: p.href, lastmod: isoDate(p.entry.data.reviewed) }));
  const urls = [...fixed, ...guide]
    .map(({ loc, lastmod }) => `  <url><loc>${new URL(loc, site).href}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
