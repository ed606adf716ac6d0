/**
 * The web app manifest, so that a reader can put the guide on a phone's home screen and open it
 * like an app (with the offline copy, it then works without a connection). From content/site.yaml.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';
import { href } from '../lib/url.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const manifest = {
    id: href(),
    name: site.name,
    short_name: site.short_name ?? site.name,
    description: site.tagline,
    lang: site.language,
    start_url: href(),
    scope: href(),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: site.accent ?? '#1d5a8c',
    icons: [{ src: href('favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
