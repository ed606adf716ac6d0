/** The names of the components pages may use (src/components/mdx/); kept here so the content check needs no Astro. */
export const MDX_COMPONENT_NAMES = ['OrgName', 'PrivacyOfficer', 'CrisisLines', 'Supervisor'] as const;
