/**
 * Schemas for everything under content/: page frontmatter, the source registry and the site
 * settings. One schema per concern; types are inferred, never written twice. Objects are strict so
 * that a misspelt field is an error, not a silently ignored setting.
 *
 * These schemas check shape only. Cross-references (source ids, related pages) are checked in
 * `check-content.ts`, which knows about every file at once.
 */
import { z } from 'astro/zod';
import { DateSchema, PageRefSchema, SLUG, SourceIdSchema, Text } from '../core/schema.ts';

export const AudienceSchema = z.enum(['specialist', 'supervisor', 'trainer', 'organization']);

const pageFields = {
  title: Text(70).describe('The page title in plain words, at most 70 characters (search results show no more).'),
  summary: Text(200).describe('One sentence saying what the page is for, at most 200 characters.'),
  reviewed: DateSchema.describe('The date the page was last checked against its sources, written as YYYY-MM-DD, for example 2026-11-26.'),
  sources: z
    .array(SourceIdSchema)
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml, for example [hipaa-164-510-b].'),
  // Readers type numbers too ("988", "2.51"); YAML reads those as numbers, so accept them as text.
  aliases: z
    .array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), Text(60)))
    .describe('A list of words readers type, for example [ROI, release form].')
    .default([]),
  related: z
    .array(PageRefSchema)
    .describe('A list of other pages written as kind/slug, for example [scripts/declining-to-confirm].')
    .default([]),
  audience: z.array(AudienceSchema).describe('A list from: specialist, supervisor, trainer, organization.').default(['specialist']),
  varies: z.boolean().describe('true when the answer depends on the state, country or employer; otherwise leave it out.').default(false),
  order: z.number().int().nonnegative().describe('A whole number giving the page its place in the section list (lower first).').optional(),
  /** Old addresses of a page that moved, as kind/slug; each becomes a redirect (links in courses keep working). */
  /** In an organization's version of a baseline page: the baseline version it was written against (src/content/drift.ts). */
  based_on: z
    .string()
    .describe(
      'Written by `npm run drift -- --stamp` in your version of a baseline page: the baseline version you compared yours with. Let the command write it.',
    )
    .optional(),
  redirect_from: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, { error: 'must be an old address written as kind/slug, for example situations/old-name' }),
    )
    .describe('A list of the old addresses of this page, written as kind/slug, for example [situations/old-name].')
    .default([]),
};

export const PrincipleSchema = z.strictObject({ ...pageFields });
export const GroupSchema = z.strictObject({ ...pageFields });
export const ScriptSchema = z.strictObject({
  ...pageFields,
  when: Text(240).describe('One sentence on the moment to use this script.'),
  say: z.array(Text(400)).min(1, { error: 'must list at least one line to say' }).describe('A list of short lines to say aloud.'),
  alternatives: z.array(Text(400)).describe('A list of other ways to say it.').default([]),
  avoid: z.array(Text(400)).describe('A list of things not to say.').default([]),
});
export const SituationSchema = z.strictObject({
  ...pageFields,
  answer: Text(400).describe('The short answer in one or two sentences.'),
});

export const ScenarioSchema = z.strictObject({
  ...pageFields,
  tree: z
    .string()
    .regex(SLUG, { error: 'must be the id of a tree, for example may-i-share' })
    .describe('The id of the tree to walk the case through, for example may-i-share.'),
  questions: z
    .array(Text(300))
    .min(2, { error: 'must list at least two discussion questions' })
    .describe('A list of at least two discussion questions.'),
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
  title: Text(300).describe("The source's title."),
  publisher: Text(200).describe('Who published or wrote it.'),
  year: z
    .number()
    .int()
    .min(1900)
    .max(2100)
    .describe('The year as a number, for example 2024; leave it out when the source has no date.')
    .optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be a web address starting with https://' })
    .describe('Where to read it, starting with https://.'),
  /** When someone last opened the source and checked it still says what the pages rely on (docs/decisions/0008). */
  checked: DateSchema.describe('The date someone last opened the source and checked it, written as YYYY-MM-DD, for example 2026-11-29.'),
  /** For a rule (regulation, statute, final rule): the date it took effect. Left out when unknown, never guessed. */
  effective: DateSchema.describe(
    'For a rule: the date it took effect, written as YYYY-MM-DD, for example 2024-04-16. Leave it out when you do not know.',
  ).optional(),
  jurisdiction: Text(80).describe('Where it applies, for example United States (federal).').optional(),
  note: Text(200).describe('One line on what the source is.').optional(),
});
export const SourcesSchema = z.record(SourceIdSchema, SourceSchema);
export type Source = z.infer<typeof SourceSchema>;
export type Sources = z.infer<typeof SourcesSchema>;

export const GlossaryEntrySchema = z.strictObject({
  term: Text(80).describe('The term as readers see it, for example Minimum necessary.'),
  aka: z
    .array(z.preprocess((v) => (typeof v === 'number' ? String(v) : v), Text(80)))
    .describe('A list of other names readers use, for example [ROI].')
    .default([]),
  definition: Text(800).describe('One to three plain sentences.'),
  sources: z
    .array(SourceIdSchema)
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml.'),
  see: z.array(PageRefSchema).describe('A list of pages written as kind/slug, for example [principles/consent].').default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** One rule change (guide/changes.yaml, org/changes.yaml), under its id: the anchor on the What changed page. */
export const ChangeSchema = z.strictObject({
  date: DateSchema.describe('The date the change took effect, written as YYYY-MM-DD, for example 2024-04-16.'),
  compliance: DateSchema.describe(
    'The date by which organizations had to follow the new rule, when later than `date`, written as YYYY-MM-DD.',
  ).optional(),
  rule: Text(120).describe('The rule that changed, in a few words, for example 42 CFR Part 2.'),
  title: Text(120).describe("What happened, in a few words, for example Part 2's 2024 final rule. Affected pages show it in their note."),
  what_changed: z
    .array(Text(400))
    .min(1, { error: 'must list at least one change' })
    .describe('A list of short sentences, each one change a reader should know about.'),
  sources: z
    .array(SourceIdSchema)
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml, for example [part2-final-rule-2024].'),
  pages: z
    .array(PageRefSchema)
    .describe('A list of the pages the change affects, written as kind/slug, for example [principles/consent].')
    .default([]),
});
export type Change = z.infer<typeof ChangeSchema>;
