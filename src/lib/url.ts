/** Addresses inside the site, with the base path a fork may publish under (content/site.yaml `base`). */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `href('scripts/first-meeting/')` → `/scripts/first-meeting/` (or `/guide/scripts/first-meeting/`). */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** The address of a guidance page from its `kind/slug` reference. */
export function pageHref(ref: string): string {
  return href(`${ref}/`);
}

// One formatter for the build: toLocaleDateString makes a new one at each call, a millisecond each.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: Date): string {
  return DATE.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
