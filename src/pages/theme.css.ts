/** The organization's colours from content/site.yaml, as a stylesheet of the site's own origin (the CSP allows no inline styles). */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';

export const GET: APIRoute = () => {
  const { accent, accent_dark } = getSite();
  const css = [
    accent ? `:root{--accent:${accent}}` : '',
    accent_dark ? `@media (prefers-color-scheme: dark){:root{--accent:${accent_dark}}}` : '',
  ].join('\n');
  return new Response(css || '/* No accent colour set in content/site.yaml. */\n', { headers: { 'Content-Type': 'text/css' } });
};
