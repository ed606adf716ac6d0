/** The checked content (trees, glossary), read once per build; the guide integration already stopped on any problem. */
import { CONTENT_DIR } from '../config/paths.ts';
import { checkContent, type ContentCheck } from '../content/check-content.ts';

let cached: ContentCheck | undefined;

export function getContent(): ContentCheck {
  cached ??= checkContent(CONTENT_DIR);
  return cached;
}
