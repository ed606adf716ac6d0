/** The sections this site shows: those site.yaml lets through (`sections`) that have pages. */
import { NAV_SECTIONS, SECTIONS, type Section } from '../core/sections.ts';
import { getContent } from './content.ts';

let visible: Section[] | undefined;

/** Read on every page (header and footer): worked out once per build. */
export function visibleSections(): Section[] {
  if (visible && import.meta.env.PROD) return visible;
  const kinds = new Set(getContent().pages.map((p) => p.kind));
  visible = SECTIONS.filter((s) => kinds.has(s.id));
  return visible;
}

/** The sections linked from the header. */
export function navSections(): Section[] {
  const visible = new Set(visibleSections().map((s) => s.id));
  return NAV_SECTIONS.filter((s) => visible.has(s.id));
}
