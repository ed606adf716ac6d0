/**
 * The kinds of guidance page (the header links the first four; scenarios are for trainers and
 * are linked from the home page and the footer). The id is the folder under content/guide/ and the first segment of
 * the page's address; `filter` is the value readers see in search filters.
 */
export const SECTIONS = [
  {
    id: 'principles',
    label: 'Principles',
    singular: 'Principle',
    filter: 'Principle',
    intro: 'What confidentiality means in peer work, the rules behind it, and its real limits.',
  },
  {
    id: 'scripts',
    label: 'Consent scripts',
    singular: 'Script',
    filter: 'Script',
    intro: 'Words you can say: explaining confidentiality, asking permission, and saying no kindly.',
  },
  {
    id: 'groups',
    label: 'Group settings',
    singular: 'Group setting',
    filter: 'Group',
    intro: 'Agreements, online groups, and what to do when a member breaks confidentiality.',
  },
  {
    id: 'situations',
    label: 'Everyday situations',
    singular: 'Situation',
    filter: 'Situation',
    intro: 'Short answers for the moments you need one: a call, a visitor, a letter, a crisis.',
  },
  {
    id: 'policies',
    label: 'Our policies',
    singular: 'Policy',
    filter: 'Policy',
    intro: "Your organization's own policies and procedures.",
  },
  {
    id: 'scenarios',
    label: 'Training scenarios',
    singular: 'Scenario',
    filter: 'Scenario',
    intro: 'Cases for courses and supervision: a short story, questions to discuss, a walk through the tool, and a suggested response.',
  },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];
export type Section = (typeof SECTIONS)[number];

export const SECTION_IDS: SectionId[] = SECTIONS.map((s) => s.id);

export function findSection(id: string): Section | undefined {
  return SECTIONS.find((s) => s.id === id);
}

/** Sections linked from the header on every page (scenarios are for trainers: home and footer). */
export const NAV_SECTIONS = SECTIONS.filter((s) => s.id !== 'scenarios');
