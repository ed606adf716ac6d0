/**
 * The organization's settings in content/site.yaml. Strict: an unknown key is a typo until proven
 * otherwise. `SITE_HELP` is the plain-words help printed in the "Fix:" line of every error.
 */
import { z } from 'astro/zod';
import { DEFAULT_REVIEW_MONTHS } from '../content/aging.ts';
import { DateSchema, PageRefSchema } from '../content/schemas.ts';
import { SECTION_IDS } from '../content/sections.ts';
import { contrastRatio, HEX_COLOUR } from './contrast.ts';
import type { FieldHelp } from '../content/problems.ts';

const Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

const WebAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with https://' });

export const ContactSchema = z.strictObject({
  name: Text(120).optional(),
  role: Text(120).optional(),
  email: z.email({ error: 'must be an email address such as privacy@example.org' }).optional(),
  phone: Text(40).optional(),
  url: WebAddress.optional(),
});

/** A number a phone can dial from a `tel:` link: digits, with an optional leading + and spaces, dots, dashes or brackets between. */
const PhoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[\d(][\d ().-]{0,28}\d$/, { error: 'must be a phone number of digits, such as 988 or +1 555 010 0199' });

/** The `tel:` address of a phone number as written in site.yaml ("+1 (555) 010-0199" → "tel:+15550100199"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export const CrisisLineSchema = z.strictObject({
  name: Text(120),
  contact: Text(80),
  phone: PhoneNumber.optional(),
  url: WebAddress.optional(),
  description: Text(240).optional(),
});

/** A colour that white text can sit on at WCAG AA contrast (4.5:1): the header and buttons use it so. */
const AccentSchema = z
  .string()
  .regex(HEX_COLOUR, { error: 'must be a colour written as # and six hex digits, for example #1d5a8c' })
  .superRefine((value, ctx) => {
    const ratio = contrastRatio(value, '#ffffff');
    if (ratio < 4.5) {
      ctx.addIssue({
        code: 'custom',
        message: `has a contrast of ${ratio.toFixed(2)}:1 with white text; WCAG AA needs at least 4.5:1`,
      });
    }
  });

/** The dark-scheme accent sits behind near-black text (#0b1620). */
const AccentDarkSchema = z
  .string()
  .regex(HEX_COLOUR, { error: 'must be a colour written as # and six hex digits, for example #8cc4f2' })
  .superRefine((value, ctx) => {
    const ratio = contrastRatio(value, '#0b1620');
    if (ratio < 4.5)
      ctx.addIssue({ code: 'custom', message: `has a contrast of ${ratio.toFixed(2)}:1 with dark text; WCAG AA needs at least 4.5:1` });
  });

// Emergency services first: the crisis line on every page reads "In danger now? Call 911 or 988".
const US_CRISIS_LINES = [
  { name: 'Emergency services', contact: 'Call 911', phone: '911', description: "When someone's life is in danger right now." },
  {
    name: '988 Suicide & Crisis Lifeline',
    contact: 'Call or text 988',
    phone: '988',
    url: 'https://988lifeline.org',
    description: 'For anyone in the United States in a mental health or suicide crisis, at any hour.',
  },
];

function isUnitedStates(country: string | undefined): boolean {
  return /^(united states( of america)?|usa?|u\.s\.(a\.)?)$/i.test(country?.trim() ?? '');
}

export const SiteSchema = z
  .strictObject({
    name: Text(80),
    short_name: Text(30).optional(),
    tagline: Text(200),
    url: WebAddress,
    base: z
      .string()
      .regex(/^\/([a-zA-Z0-9._~-]+\/)*$/, { error: 'must start and end with "/", for example / or /guide/' })
      .default('/'),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code such as en or en-US' })
      .default('en'),
    jurisdiction: z.strictObject({
      country: Text(80).optional(),
      region: Text(80).optional(),
      note: Text(600),
    }),
    about: z.strictObject({
      publisher: Text(160),
      reviewed: DateSchema,
      report_url: WebAddress.optional(),
      report_email: z.email({ error: 'must be an email address' }).optional(),
    }),
    contacts: z
      .strictObject({
        supervisor_role: Text(80).default('your supervisor'),
        privacy_officer: ContactSchema.optional(),
        crisis_lines: z.array(CrisisLineSchema).optional(),
      })
      .prefault({}),
    logo: z
      .string()
      .regex(/^org\/[a-zA-Z0-9._/-]+\.(svg|png|webp)$/, {
        error: 'must be a file in content/org/, written like org/logo.svg (SVG, PNG or WebP)',
      })
      .optional(),
    accent: AccentSchema.optional(),
    accent_dark: AccentDarkSchema.optional(),
    footer_links: z.array(z.strictObject({ label: Text(60), url: z.string().min(1) })).default([]),
    sections: z.array(z.enum(SECTION_IDS as [string, ...string[]], { error: `must be one of: ${SECTION_IDS.join(', ')}` })).optional(),
    hide: z.array(PageRefSchema).default([]),
    // How long a page may go without review before it says so (docs/decisions/0008).
    review_interval_months: z
      .int()
      .min(1, { error: 'must be at least 1' })
      .max(60, { error: 'must be at most 60 (five years)' })
      .default(DEFAULT_REVIEW_MONTHS),
  })
  .transform((site) => ({
    ...site,
    // In the United States, readers always see 988 and 911 unless the organization lists its own lines.
    contacts: {
      ...site.contacts,
      crisis_lines: site.contacts.crisis_lines ?? (isUnitedStates(site.jurisdiction.country) ? US_CRISIS_LINES : []),
    },
  }));

export type Site = z.infer<typeof SiteSchema>;

export const SITE_HELP: FieldHelp = {
  name: 'The name of the site, for example "Riverside Peer Support Confidentiality Guide" (at most 80 characters).',
  short_name: 'A short name for small screens, at most 30 characters.',
  tagline: 'One sentence under the name on the home page (at most 200 characters).',
  url: 'The web address where the site is published, for example https://guide.example.org (no sub-path: put that in `base`).',
  base: 'The sub-path the site is published under: / for the root, or for example /confidentiality-guide/ on GitHub Pages.',
  language: 'The language code of the pages, for example en.',
  jurisdiction: 'A group with `note:` (and optionally `country:` and `region:`) saying where this guidance applies.',
  country: 'The country, for example United States.',
  region: 'The state or province, for example Georgia.',
  note: 'A sentence or two on where this guidance applies and what varies by place.',
  about: 'A group with `publisher:` and `reviewed:` (and optionally `report_url:` or `report_email:`).',
  publisher: 'Who wrote and maintains this guide.',
  reviewed: 'The date written as YYYY-MM-DD, for example 2026-11-26.',
  report_url: 'A web address where readers can report a mistake, such as your issue tracker.',
  report_email: 'An email address where readers can report a mistake.',
  contacts: 'A group with `supervisor_role:`, `privacy_officer:` and `crisis_lines:`.',
  supervisor_role: 'What readers call the person they ask first, for example "your supervisor".',
  privacy_officer: 'A group with `name:`, `email:` and or `phone:` of your privacy officer.',
  crisis_lines:
    'A list of crisis lines, each with `name:` and `contact:`, and `phone:` for a tap-to-call link. Those with a phone make the "In danger now?" line at the top of every page, in the order listed. Leave it out in the United States to show 911 and 988.',
  logo: 'A logo file you put in content/org/, written like org/logo.svg.',
  accent:
    'Your colour for the header and buttons, as # and six hex digits. It must be dark enough for white text: try a darker shade, for example #1d5a8c.',
  accent_dark:
    'The colour for the dark scheme, as # and six hex digits. It must be light enough for dark text: try a lighter shade, for example #8cc4f2.',
  footer_links: 'A list of links for the footer, each with `label:` and `url:`.',
  sections: `The sections to show, from: ${SECTION_IDS.join(', ')}. Leave it out to show them all.`,
  hide: 'A list of baseline pages to leave out, written as kind/slug, for example [situations/reporter-calls].',
  review_interval_months:
    'How many months a page may go without review before it shows a "Due for review" notice, as a whole number from 1 to 60. Leave it out for 12.',
  role: 'The job title, for example Privacy Officer.',
  email: 'An email address such as privacy@example.org.',
  phone:
    'A phone number as readers should dial it, for example 988 or +1 555 010 0199 (digits, with spaces, dots, dashes or brackets between). A crisis line with a phone becomes a tap-to-call link.',
  contact: 'How to reach the line, for example "Call or text 988".',
  description: 'One sentence on when to use this line.',
};
