/** The validated settings, read once per build. The guide integration has already checked them. */
import { CONTENT_DIR } from '../config/paths.ts';
import { loadSite } from '../config/load-site.ts';
import type { Site } from '../config/site-schema.ts';

let cached: Site | undefined;

export function getSite(): Site {
  cached ??= loadSite(CONTENT_DIR);
  return cached;
}
