/** The validated settings, from the same content check the build ran (it already stopped on any problem). */
import type { Site } from '../config/site-schema.ts';
import { getContent } from './content.ts';

export function getSite(): Site {
  const { site } = getContent();
  if (!site) throw new Error('content/site.yaml has problems: run `npm run check`.');
  return site;
}
