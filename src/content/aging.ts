/**
 * Guidance that ages honestly (docs/decisions/0008). A page not reviewed within the review interval
 * (12 months, or `review_interval_months` in site.yaml), and a cited source not checked for 12
 * months, are warnings: the site still builds, and a page past its interval says so to its readers.
 */
import type { SourcePlace } from './data.ts';
import type { PageRecord } from './pages.ts';
import { yamlLocator, type Problem } from '../core/problems.ts';
import { isoDay } from '../core/schema.ts';
import type { Sources } from './schemas.ts';

/** Sources belong upstream (a fork cannot re-check them), so their interval is not a site setting. */
export const SOURCE_CHECK_MONTHS = 12;
/** Enough page names for the person to find them; the rest are counted. */
const LISTED_PAGES = 5;

export interface AgingInput {
  pages: readonly PageRecord[];
  sources: Sources;
  places: ReadonlyMap<string, SourcePlace>;
  reviewMonths: number;
  today: Date;
}

export interface Aging {
  /** Pages past their review interval (kind/slug): they show a "Due for review" notice. */
  dueForReview: Set<string>;
  warnings: Problem[];
}

/** The same day `months` later; the last day of the month when that month is shorter (31 January → 28 February). */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Whether more than `months` months have passed between `date` and `today`. */
export function isOverdue(date: Date, months: number, today: Date): boolean {
  return today.getTime() > addMonths(date, months).getTime();
}

export function checkAging({ pages, sources, places, reviewMonths, today }: AgingInput): Aging {
  const dueForReview = new Set<string>();
  const warnings: Problem[] = [];
  for (const page of pages) {
    const reviewed = page.data.reviewed as Date;
    if (!isOverdue(reviewed, reviewMonths, today)) continue;
    dueForReview.add(page.ref);
    warnings.push({
      file: page.file,
      where: 'reviewed',
      line: yamlLocator(String(page.data._text), 1)(['reviewed']),
      message: `The page was last reviewed on ${isoDay(reviewed)}, more than ${months(reviewMonths)} ago, so it shows a "Due for review" notice.`,
      fix: "Check the page against its sources and correct what has changed, then set `reviewed:` to the day you checked it. (In a fork, a baseline page is reviewed upstream: bring in the main project's updates.)",
    });
  }
  const citedBy = new Map<string, string[]>();
  for (const page of pages) for (const id of page.data.sources as string[]) citedBy.set(id, [...(citedBy.get(id) ?? []), page.ref]);
  for (const [id, source] of Object.entries(sources)) {
    const refs = citedBy.get(id);
    if (!refs || !isOverdue(source.checked, SOURCE_CHECK_MONTHS, today)) continue;
    const place = places.get(id);
    warnings.push({
      file: place?.file ?? 'sources.yaml',
      where: `${id}.checked`,
      line: place?.line,
      message: `\`${id}\` was last checked on ${isoDay(source.checked)}, more than ${months(SOURCE_CHECK_MONTHS)} ago, and ${citing(refs)}: ${listed(refs)}.`,
      fix: 'Open the source and check that it still says what those pages rely on; update the pages if the rule changed. Then set `checked:` to the day you checked it.',
    });
  }
  return { dueForReview, warnings };
}

export function months(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}

function citing(refs: readonly string[]): string {
  return refs.length === 1 ? '1 page cites it' : `${refs.length} pages cite it`;
}

function listed(refs: readonly string[]): string {
  const shown = refs.slice(0, LISTED_PAGES).join(', ');
  return refs.length > LISTED_PAGES ? `${shown} and ${refs.length - LISTED_PAGES} more` : shown;
}
