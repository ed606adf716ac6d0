import type { APIRoute } from 'astro';
import { visibleSections } from '../lib/sections.ts';
import { getAllPages } from '../lib/pages.ts';
import { getTrees } from '../lib/trees.ts';
import { practiceSets } from '../lib/practice.ts';
import { href, isoDate } from '../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const pages = await getAllPages();
  const fixed = [
    '',
    'a-z/',
    'about/',
    'what-changed/',
    'search/',
    'flowcharts/',
    ...visibleSections().map((s) => `${s.id}/`),
    ...getTrees().flatMap((t) => [`tools/${t.id}/`, `flowcharts/${t.id}/`]),
    // Practice sets; their printable quizzes and keys are for paper, like the handouts (noindex).
    ...(practiceSets().length ? ['practice/', ...practiceSets().map((s) => `practice/${s.id}/`)] : []),
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
