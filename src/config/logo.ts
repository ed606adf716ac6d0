/** Where the organization's logo is published: one fixed name, so it can never replace a file of the site (favicon.svg). */
import { extname } from 'node:path';

export function logoFile(logo: string): string {
  return `org-logo${extname(logo)}`;
}
