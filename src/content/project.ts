/**
 * The main project's own details, in content/guide/project.yaml: the day the baseline guidance was
 * last reviewed as a whole, and where to report a mistake in it. They live in a file the main
 * project owns, not in content/site.yaml, because a fork edits site.yaml: a date the main project
 * moves on every review would make every fork's update stop with a conflict (src/content/ownership.ts).
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Site } from '../config/site-schema.ts';
import { problemsFromZod, type Problem } from '../core/problems.ts';
import { DateSchema, WebAddress } from '../core/schema.ts';
import { readYamlFile } from './yaml-file.ts';

export const PROJECT_FILE = 'guide/project.yaml';

const ProjectSchema = z.strictObject({
  reviewed: DateSchema.describe(
    'The day the main project last reviewed the baseline guidance as a whole, written as YYYY-MM-DD, for example 2026-11-26.',
  ),
  report_url: WebAddress.describe(
    'A web address where readers can report a mistake in the baseline guidance, such as the project’s issue tracker.',
  ).optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** The project's details, or undefined when the file is absent (a test site) or has a problem (reported). */
export function readProject(contentDir: string, rel: (path: string) => string, problems: Problem[]): Project | undefined {
  const path = join(contentDir, PROJECT_FILE);
  const file = readYamlFile(path, rel(path), problems);
  if (!file) return undefined;
  const result = ProjectSchema.safeParse(file.data);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(file.file, result.error, ProjectSchema, file.lines, [], file.data));
  return undefined;
}

/** Where a reader reports a mistake: the organization's own address first, else the main project's. */
export function reportAddress(site: Pick<Site, 'about'>, project: Project | undefined): string | undefined {
  const { report_url, report_email } = site.about;
  return report_url ?? (report_email ? `mailto:${report_email}` : project?.report_url);
}
