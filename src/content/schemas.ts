/**
 * Schemas for everything under content/: page frontmatter, the source registry and the site
 * settings. One schema per concern; types are inferred, never written twice. Objects are strict so
 * that a misspelt field is an error, not a silently ignored setting.
 *
 * These schemas check shape only. Cross-references (source ids, related pages) are checked in
 * `check-content.ts`, which knows about every file at once.
 */
import { z } from 'astro/zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

const Text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max, { error: `must be at most ${max} characters` });

export const SourceIdSchema = z.string().regex(SLUG, { error: 'must be a source id: lower-case words joined by hyphens' });

/** A link to another page, written kind/slug, for example `scripts/declining-to-confirm`. */
export const PageRefSchema = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a page written as kind/slug, for example scripts/declining-to-confirm' });

export const AudienceSchema = z.enum(['specialist', 'supervisor', 'trainer', 'organization']);

const pageFields = {
  title: Text(90),
  summary: Text(200),
  reviewed: DateSchema,
  sources: z.array(SourceIdSchema).min(1, { error: 'must list at least one source id' }),
  // Readers type numbers too ("988", "2.51"); YAML reads those as numbers, so accept them as text.
  aliases: z.array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), Text(60))).default([]),
  related: z.array(PageRefSchema).default([]),
  audience: z.array(AudienceSchema).default(['specialist']),
  varies: z.boolean().default(false),
  order: z.number().int().nonnegative().optional(),
  /** Old addresses of a page that moved, as kind/slug; each becomes a redirect (links in courses keep working). */
  /** In an organization's version of a baseline page: the baseline version it was written against (src/content/drift.ts). */
  based_on: z.string().optional(),
  redirect_from: z.array(z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, { error: 'must be an old address written as kind/slug, for example situations/old-name' })).default([]),
};

export const PrincipleSchema = z.strictObject({ ...pageFields });
export const GroupSchema = z.strictObject({ ...pageFields });
export const ScriptSchema = z.strictObject({
  ...pageFields,
  when: Text(240),
  say: z.array(Text(400)).min(1, { error: 'must list at least one line to say' }),
  alternatives: z.array(Text(400)).default([]),
  avoid: z.array(Text(400)).default([]),
});
export const SituationSchema = z.strictObject({
  ...pageFields,
  answer: Text(400),
});

export const ScenarioSchema = z.strictObject({
  ...pageFields,
  tree: z.string().regex(SLUG, { error: 'must be the id of a tree, for example may-i-share' }),
  questions: z.array(Text(300)).min(2, { error: 'must list at least two discussion questions' }),
});

export const PAGE_SCHEMAS = {
  principles: PrincipleSchema,
  scripts: ScriptSchema,
  groups: GroupSchema,
  situations: SituationSchema,
  policies: PrincipleSchema,
  scenarios: ScenarioSchema,
} as const;

export type Principle = z.infer<typeof PrincipleSchema>;
export type Script = z.infer<typeof ScriptSchema>;
export type Situation = z.infer<typeof SituationSchema>;

export const SourceSchema = z.strictObject({
  title: Text(300),
  publisher: Text(200),
  year: z.number().int().min(1900).max(2100).optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' }),
  /** When someone last opened the source and checked it still says what the pages rely on (docs/decisions/0008). */
  checked: DateSchema,
  /** For a rule (regulation, statute, final rule): the date it took effect. Left out when unknown, never guessed. */
  effective: DateSchema.optional(),
  jurisdiction: Text(80).optional(),
  note: Text(200).optional(),
});
export const SourcesSchema = z.record(SourceIdSchema, SourceSchema);
export type Source = z.infer<typeof SourceSchema>;
export type Sources = z.infer<typeof SourcesSchema>;

export const GlossaryEntrySchema = z.strictObject({
  term: Text(80),
  aka: z.array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), Text(80))).default([]),
  definition: Text(800),
  sources: z.array(SourceIdSchema).min(1, { error: 'must list at least one source id' }),
  see: z.array(PageRefSchema).default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** One rule change (guide/changes.yaml, org/changes.yaml), under its id: the anchor on the What changed page. */
export const ChangeSchema = z.strictObject({
  date: DateSchema,
  compliance: DateSchema.optional(),
  rule: Text(120),
  title: Text(120),
  what_changed: z.array(Text(400)).min(1, { error: 'must list at least one change' }),
  sources: z.array(SourceIdSchema).min(1, { error: 'must list at least one source id' }),
  pages: z.array(PageRefSchema).default([]),
});
export type Change = z.infer<typeof ChangeSchema>;
