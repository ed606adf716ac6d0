/**
 * Components an MDX page may use without importing them, so that a page never hard-codes the
 * organization's name or contacts. The content check rejects any other capitalised tag.
 */
import CrisisLines from './CrisisLines.astro';
import OrgName from './OrgName.astro';
import PrivacyOfficer from './PrivacyOfficer.astro';
import Supervisor from './Supervisor.astro';

export const MDX_COMPONENTS = { OrgName, PrivacyOfficer, CrisisLines, Supervisor };
