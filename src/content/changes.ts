/**
 * Rule changes: what changed in which rule and when, with its sources and the pages it affects
 * (content/guide/changes.yaml, and an organization's own in content/org/changes.yaml). They feed
 * the What changed page and a note on each affected page (docs/decisions/0008).
 */
import type { LinkTargets } from './pages.ts';
import { SLUG } from '../core/schema.ts';
import { join } from 'node:path';
import type { Origin } from './overlay.ts';
import { formatPath, problemsFromZod, suggest, type PathSegment, type Findings } from '../core/problems.ts';
import { isoDay } from '../core/schema.ts';
import { ChangeSchema, type Change } from './schemas.ts';
import { isRecord, readYamlFile } from './yaml-file.ts';

export type ChangeItem = Change & { id: string; origin: Origin };

/** The sources and pages it may name (hidden pages: a warning, and the reference is left out). */
export type ChangeTargets = Pick<LinkTargets, 'sources' | 'pages' | 'hidden'>;

/** The baseline's changes and the organization's, newest first. */
export function readChanges(contentDir: string, rel: (path: string) => string, targets: ChangeTargets, report: Findings): ChangeItem[] {
  const ids = new Set<string>();
  const read = (path: string, origin: Origin) => readChangeFile(path, rel(path), origin, { ...targets, ids }, report);
  const items = [
    ...read(join(contentDir, 'guide', 'changes.yaml'), 'baseline'),
    ...read(join(contentDir, 'org', 'changes.yaml'), 'organization'),
  ];
  return items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

function readChangeFile(
  path: string,
  file: string,
  origin: Origin,
  targets: ChangeTargets & { ids: Set<string> },
  { problems, warnings }: Findings,
): ChangeItem[] {
  const source = readYamlFile(path, file, problems);
  if (!source) return [];
  const raw = source.data;
  const locate = source.lines;
  if (!isRecord(raw)) {
    problems.push({
      file,
      line: locate([]) ?? 1,
      message: 'Each rule change must be written under its own id, not as a list.',
      fix: 'Start each change with an id such as `part2-2024-final-rule:` (no "- "), followed by its indented fields (see docs/authoring.md).',
    });
    return [];
  }
  const items: ChangeItem[] = [];
  for (const [id, entry] of Object.entries(raw)) {
    const at = (path: PathSegment[]) => ({ file, where: formatPath([id, ...path]), line: locate([id, ...path]) });
    if (targets.ids.has(id)) {
      problems.push({
        ...at([]),
        message: `Two rule changes have the id \`${id}\`.`,
        fix: 'Give your change another id, or remove it if it describes the same change.',
      });
      continue;
    }
    targets.ids.add(id);
    if (!SLUG.test(id)) {
      problems.push({
        ...at([]),
        message: `\`${id}\` cannot be used as the id of a rule change.`,
        fix: 'Use lower-case words joined by hyphens, for example part2-2024-final-rule.',
      });
      continue;
    }
    const result = ChangeSchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error, ChangeSchema, locate, [id], entry));
      continue;
    }
    const change = result.data;
    const before = problems.length;
    if (change.compliance && change.compliance < change.date) {
      problems.push({
        ...at(['compliance']),
        message: `\`compliance\` (${isoDay(change.compliance)}) is before \`date\` (${isoDay(change.date)}).`,
        fix: '`date` is when the change took effect; `compliance` is when organizations had to follow it, the same day or later. Correct the one that is wrong.',
      });
    }
    change.sources.forEach((sid, i) => {
      if (targets.sources.has(sid)) return;
      problems.push({
        ...at(['sources', i]),
        message: `The source id \`${sid}\` is not in content/sources.yaml.`,
        fix: suggest(sid, [...targets.sources], 'source id', 'or add an entry for it to content/sources.yaml'),
      });
    });
    change.pages.forEach((ref, i) => {
      if (targets.hidden.has(ref)) {
        warnings.push({
          ...at(['pages', i]),
          message: `The affected page \`${ref}\` is hidden, so it is left out.`,
          fix: 'Nothing to do, unless you want to show it again: then remove it from `hide` in site.yaml.',
        });
      } else if (!targets.pages.has(ref)) {
        problems.push({
          ...at(['pages', i]),
          message: `The page \`${ref}\` does not exist.`,
          fix: suggest(ref, [...targets.pages], 'page', 'or remove it from the list'),
        });
      }
    });
    if (problems.length === before) items.push({ id, origin, ...change });
  }
  return items;
}
