/** Rule changes for the What changed page and the notes on affected pages (docs/decisions/0008). */
import type { ChangeItem } from '../content/changes.ts';
import { getContent } from './content.ts';
import { formatDate, href } from './url.ts';

/** Every rule change, newest first. */
export function getChanges(): ChangeItem[] {
  return getContent().changes;
}

/** The changes that name a page (kind/slug), newest first. */
export function changesAffecting(ref: string): ChangeItem[] {
  return getChanges().filter((change) => change.pages.includes(ref));
}

/** "Part 2's 2024 final rule, compliance from 16 February 2026": what an affected page says. */
export function changeNote(change: ChangeItem): string {
  const when = change.compliance ? `compliance from ${formatDate(change.compliance)}` : formatDate(change.date);
  return `${change.title}, ${when}`;
}

export function changeHref(change: ChangeItem): string {
  return href(`what-changed/#${change.id}`);
}
