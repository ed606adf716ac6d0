/**
 * The schema pieces every kind of content and the site settings share: ids, plain text, dates,
 * source ids and page references. Written once, so that a rule (what an id may look like, how a
 * date is written) and its message are the same everywhere.
 */
import { z } from 'astro/zod';

/** An id or slug: lower-case words (or numbers) joined by hyphens, such as `may-i-share`. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Plain text, trimmed, not empty, at most `max` characters. */
export const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

/** An id written as a slug; `what` names it in the message ("a fact name"). */
export const Slug = (what: string) => z.string().regex(SLUG, { error: `must be ${what}: lower-case words joined by hyphens` });

/** A web address; only http and https, so that nothing else can be published as a link. */
export const WebAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });

/** A calendar date written YYYY-MM-DD. YAML parsers differ (some give a Date), so accept both. */
export const DateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'must be a date written as YYYY-MM-DD' })
    .superRefine((value, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'must be a date written as YYYY-MM-DD' });
      else if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: 'is not a real calendar date' });
    })
    .transform((value) => new Date(`${value}T00:00:00Z`)),
);

/** A date as content writes it: YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const SourceIdSchema = z.string().regex(SLUG, { error: 'must be a source id: lower-case words joined by hyphens' });

/** A link to another page, written kind/slug, for example `scripts/declining-to-confirm`. */
export const PageRefSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'must be a page written as kind/slug, for example scripts/declining-to-confirm',
});

/** How many months a page may go without review, unless site.yaml sets `review_interval_months`. */
export const DEFAULT_REVIEW_MONTHS = 12;
