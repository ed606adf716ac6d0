/** The sections this site shows: those site.yaml lets through (`sections`) that have pages. */
import { NAV_SECTIONS, SECTIONS, type Section } from '../core/sections.ts';
import { getContent } from './content.ts';

export function visibleSections(): Section[] {
  const kinds = new Set(getContent().pages.map((p) => p.kind));
  return SECTIONS.filter((s) => kinds.has(s.id));
}

/** The sections linked from the header. */
export function navSections(): Section[] {
  const visible = new Set(visibleSections().map((s) => s.id));
  return NAV_SECTIONS.filter((s) => visible.has(s.id));
}
