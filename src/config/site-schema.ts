/**
 * The organization's settings in content/site.yaml. Strict: an unknown key is a typo until proven
 * otherwise. Each field's description is its plain-words help, printed in the "Fix:" line of its
 * errors and shown by editors from docs/site.schema.json.
 */
import { z } from 'astro/zod';
import { DateSchema, DEFAULT_REVIEW_MONTHS, PageRefSchema, Text, WebAddress } from '../core/schema.ts';
import { SECTION_IDS } from '../core/sections.ts';
import { contrastRatio, HEX_COLOUR } from './contrast.ts';
import { LINK_HELP, linkRefusal } from '../core/links.ts';

/** Where a link may go: a web address, an email address, a phone number or a page of this site (src/content/links.ts). */
const Link = z.string().superRefine((value, ctx) => {
  const refused = linkRefusal(value);
  if (refused) ctx.addIssue({ code: 'custom', message: refused.message });
});

export const ContactSchema = z.strictObject({
  name: Text(120).describe("The person's name, for example Dana Okafor.").optional(),
  role: Text(120).describe('The job title, for example Privacy Officer.').optional(),
  email: z
    .email({ error: 'must be an email address such as privacy@example.org' })
    .describe('An email address such as privacy@example.org.')
    .optional(),
  phone: Text(40).describe('A phone number as readers should dial it.').optional(),
  url: WebAddress.describe('The web address of their contact page, starting with https://.').optional(),
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
  name: Text(120).describe('The name of the line, for example "988 Suicide & Crisis Lifeline".'),
  contact: Text(80).describe('How to reach the line, for example "Call or text 988".'),
  phone: PhoneNumber.describe(
    'A phone number as readers should dial it, for example 988 or +1 555 010 0199 (digits, with spaces, dots, dashes or brackets between). A crisis line with a phone becomes a tap-to-call link.',
  ).optional(),
  url: WebAddress.describe("The line's web site, starting with https://.").optional(),
  description: Text(240).describe('One sentence on when to use this line.').optional(),
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
    name: Text(80).describe('The name of the site, for example "Riverside Peer Support Confidentiality Guide" (at most 80 characters).'),
    short_name: Text(30).describe('A short name for small screens, at most 30 characters.').optional(),
    tagline: Text(200).describe('One sentence under the name on the home page (at most 200 characters).'),
    url: WebAddress.describe(
      'The web address where the site is published, for example https://guide.example.org (no sub-path: put that in `base`).',
    ),
    base: z
      .string()
      .regex(/^\/([a-zA-Z0-9._~-]+\/)*$/, {
        error: 'must start and end with "/", with only letters, digits and - _ . ~ between, for example / or /guide/',
        abort: true,
      })
      .refine((base) => !base.split('/').some((part) => /^\.+$/.test(part)), {
        error: 'must name real folders, not . or .. (for example /guide/)',
      })
      .describe('The sub-path the site is published under: / for the root, or for example /confidentiality-guide/ on GitHub Pages.')
      .default('/'),
    language: z
      .string()
      .regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: 'must be a language code such as en or en-US' })
      .describe('The language code of the pages, for example en.')
      .default('en'),
    jurisdiction: z
      .strictObject({
        country: Text(80).describe('The country, for example United States.').optional(),
        region: Text(80).describe('The state or province, for example Georgia.').optional(),
        note: Text(600).describe('A sentence or two on where this guidance applies and what varies by place.'),
      })
      .describe('A group with `note:` (and optionally `country:` and `region:`) saying where this guidance applies.'),
    about: z
      .strictObject({
        publisher: Text(160).describe('Who wrote and maintains this guide.'),
        // The organization's own review of its version; the baseline's is in content/guide/project.yaml.
        reviewed: DateSchema.describe(
          'The date your organization last checked its version, written as YYYY-MM-DD, for example 2026-11-26. Leave it out if you publish the baseline unchanged.',
        ).optional(),
        report_url: WebAddress.describe('A web address where readers can report a mistake, such as your issue tracker.').optional(),
        report_email: z
          .email({ error: 'must be an email address' })
          .describe('An email address where readers can report a mistake.')
          .optional(),
      })
      .describe('A group with `publisher:` (and optionally `reviewed:`, `report_url:` or `report_email:`).'),
    contacts: z
      .strictObject({
        supervisor_role: Text(80)
          .describe('What readers call the person they ask first, for example "your supervisor".')
          .default('your supervisor'),
        privacy_officer: ContactSchema.describe('A group with `name:`, `email:` and or `phone:` of your privacy officer.').optional(),
        crisis_lines: z
          .array(CrisisLineSchema)
          .describe(
            'A list of crisis lines, each with `name:` and `contact:`, and `phone:` for a tap-to-call link. Those with a phone make the "In danger now?" line at the top of every page, in the order listed. Leave it out in the United States to show 911 and 988.',
          )
          .optional(),
      })
      .describe('A group with `supervisor_role:`, `privacy_officer:` and `crisis_lines:`.')
      .prefault({}),
    logo: z
      .string()
      .regex(/^org\/[a-zA-Z0-9._/-]+\.(svg|png|webp)$/, {
        error: 'must be a file in content/org/, written like org/logo.svg (SVG, PNG or WebP)',
        abort: true,
      })
      .refine((logo) => !logo.split('/').some((part) => part === '' || /^\.+$/.test(part)), {
        error: 'must be a file in content/org/, written like org/logo.svg, without .. or // in it',
      })
      .describe('A logo file you put in content/org/, written like org/logo.svg.')
      .optional(),
    accent: AccentSchema.describe(
      'Your colour for the header and buttons, as # and six hex digits. It must be dark enough for white text: try a darker shade, for example #1d5a8c.',
    ).optional(),
    accent_dark: AccentDarkSchema.describe(
      'The colour for the dark scheme, as # and six hex digits. It must be light enough for dark text: try a lighter shade, for example #8cc4f2.',
    ).optional(),
    footer_links: z
      .array(
        z.strictObject({
          label: Text(60).describe('The words of the link, at most 60 characters.'),
          url: Link.describe(LINK_HELP),
        }),
      )
      .describe('A list of links for the footer, each with `label:` and `url:`.')
      .default([]),
    sections: z
      .array(z.enum(SECTION_IDS as [string, ...string[]], { error: `must be one of: ${SECTION_IDS.join(', ')}` }))
      .describe(`The sections to show, from: ${SECTION_IDS.join(', ')}. Leave it out to show them all.`)
      .optional(),
    hide: z
      .array(PageRefSchema)
      .describe('A list of baseline pages to leave out, written as kind/slug, for example [situations/reporter-calls].')
      .default([]),
    // How long a page may go without review before it says so (docs/decisions/0008).
    review_interval_months: z
      .int()
      .min(1, { error: 'must be at least 1' })
      .max(60, { error: 'must be at most 60 (five years)' })
      .describe(
        'How many months a page may go without review before it shows a "Due for review" notice, as a whole number from 1 to 60. Leave it out for 12.',
      )
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
