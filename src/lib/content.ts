/** The checked content (trees, glossary), read once per build; the guide integration already stopped on any problem. */
import { CONTENT_DIR } from '../config/paths.ts';
import { checkContent, type ContentCheck } from '../content/check-content.ts';

let cached: ContentCheck | undefined;

/**
 * The guide integration checks the content before the build and leaves the result here, in the
 * same process: pages read it instead of checking every file a second time (with 2,000 pages,
 * seconds of the build). The development server and `astro check` check afresh.
 */
const HANDOFF = Symbol.for('peer-support-guide.content');

export function handContentOver(content: ContentCheck): void {
  (globalThis as Record<symbol, unknown>)[HANDOFF] = content;
}

export function getContent(): ContentCheck {
  cached ??= ((globalThis as Record<symbol, unknown>)[HANDOFF] as ContentCheck | undefined) ?? checkContent(CONTENT_DIR);
  return cached;
}
