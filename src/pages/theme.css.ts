/**
 * The organization's colours from content/site.yaml, as a stylesheet of the site's own origin (the CSP allows no inline styles).
 *
 * Astro puts the built-in styles after this file's <link> in the <head>, so a plain `:root` here would
 * lose to the default colours of the same specificity: `:root:root` wins wherever the link sits. The
 * light accent sits behind white text and the dark one behind near-black text (src/styles/global.css),
 * so each applies only in its own colour scheme; a scheme without one of its own keeps the default.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';

export const GET: APIRoute = () => {
  const { accent, accent_dark } = getSite();
  const css = [
    accent ? `@media not (prefers-color-scheme: dark){:root:root{--accent:${accent}}}` : '',
    accent_dark ? `@media (prefers-color-scheme: dark){:root:root{--accent:${accent_dark}}}` : '',
  ].join('\n');
  return new Response(css || '/* No accent colour set in content/site.yaml. */\n', { headers: { 'Content-Type': 'text/css' } });
};
