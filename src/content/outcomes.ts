/**
 * Shared outcomes: content/guide/outcomes.yaml maps an id to an outcome (the fields of a tree
 * outcome), written once and named by any tree's answers (`next: <id>`), so that several tools
 * meeting the same facts give the same words (DESIGN.md, "Rules behind the tools"). An
 * organization changes their fields, or adds its own, in content/org/outcomes.yaml, laid over
 * the baseline as a tree overlay is. Each is checked once, here, with its own file and line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOutcome, type OutcomeContext } from '../engine/outcome-checks.ts';
import type { Locate, Problem } from '../core/problems.ts';
import type { OutcomeNode, Tree } from '../engine/types.ts';
import { SLUG } from '../core/schema.ts';
import { parseOutcome, RESERVED_IDS } from '../engine/validate.ts';
import type { OutcomeRecord } from '../engine/verdict-checks.ts';
import { markdownFieldProblems } from './body-checks.ts';
import { entriesOf, factsOf, mergeEntries, overlayLocator } from './merge.ts';
import { isRecord, locateIn, readYamlFile, type YamlFile } from './yaml-file.ts';

export interface OutcomeInputs extends OutcomeContext {
  contentDir: string;
  rel: (path: string) => string;
}

export interface SharedOutcomes {
  /** Every shared outcome that could be read (one with a wrong reference is still shown to trees). */
  outcomes: Map<string, OutcomeNode>;
  /** Ids of shared outcomes that could not be read: trees naming them are not built, without a second report. */
  unreadable: Set<string>;
  /** Each outcome once, for the rule checks. */
  records: OutcomeRecord[];
  /** Where each outcome is, for notes. */
  where: Locate;
  /** Whether an organization's folder (content/org/) exists: the site is a fork. */
  fork?: boolean;
}

export function readSharedOutcomes(inputs: OutcomeInputs, problems: Problem[]): SharedOutcomes {
  const { contentDir, rel } = inputs;
  const basePath = join(contentDir, 'guide', 'outcomes.yaml');
  const orgPath = join(contentDir, 'org', 'outcomes.yaml');
  const before = problems.length;
  const base = readYamlFile(basePath, rel(basePath), problems);
  const org = readYamlFile(orgPath, rel(orgPath), problems);
  const outcomes = new Map<string, OutcomeNode>();
  const unreadable = new Set<string>();
  if (problems.length > before) {
    // The YAML problem is reported once; trees that name these ids wait for it to be fixed.
    for (const path of [basePath, orgPath])
      if (existsSync(path)) for (const [, id] of readFileSync(path, 'utf8').matchAll(/^([^\s#:][^:]*):/gm)) unreadable.add(id!);
    return { outcomes, unreadable, records: [], where: () => ({ file: rel(basePath) }) };
  }
  const records: OutcomeRecord[] = [];
  const empty: YamlFile = { file: rel(basePath), data: {}, text: '', lines: () => undefined };
  const where = org ? overlayLocator(base ?? empty, org) : locateIn(base ?? empty);
  for (const file of [base, org]) {
    if (file && !isRecord(file.data)) {
      problems.push({
        file: file.file,
        line: 1,
        message: 'The shared outcomes must be a list of outcomes, each under its id.',
        fix: 'Write each outcome as `id:` followed by its indented fields (see docs/authoring.md).',
      });
      return { outcomes, unreadable, records, where };
    }
  }
  const baseEntries = entriesOf(base?.data);
  const orgEntries = entriesOf(org?.data);
  const merged = mergeEntries(
    baseEntries,
    orgEntries,
    (outcome) => 'verdict' in outcome,
    (id) => ({
      file: org!.file,
      where: id,
      line: org!.lines([id]),
      message: `\`${id}\` is not a shared outcome of the baseline, so there is nothing to change.`,
      fix: `Check the id against ${rel(basePath)}; to add an outcome of your own instead, give it a whole outcome (verdict, facts, title, body, next_steps, sources).`,
    }),
  );
  problems.push(...merged.problems);
  for (const [id, raw] of Object.entries(merged.entries)) {
    const at = where([id]);
    if (!SLUG.test(id) || RESERVED_IDS.has(id)) {
      unreadable.add(id);
      problems.push({
        ...at,
        where: id,
        message: SLUG.test(id)
          ? `The outcome id \`${id}\` is used by the page itself.`
          : `The outcome id \`${id}\` cannot be used in a link.`,
        fix: SLUG.test(id)
          ? `Choose another id, for example ${id}-outcome.`
          : 'Use lower-case words joined by hyphens, for example share-with-family.',
      });
      continue;
    }
    const outcome = parseOutcome(id, raw, at.file, (path) => where(path).line, [id], problems);
    if (!outcome) {
      unreadable.add(id);
      continue;
    }
    outcomes.set(id, outcome);
    const found = [
      ...markdownFieldProblems(outcome.body, where([id, 'body']), `${id}.body`),
      ...checkOutcome(outcome, inputs, where, [id]),
    ];
    problems.push(...found);
    // Facts the vocabulary does not know would only add "no rule decides" to the problem reported.
    if (found.length) continue;
    const changes = orgEntries[id];
    records.push({
      outcome,
      name: `the shared outcome \`${id}\``,
      where,
      prefix: [id],
      orgFields: new Set(isRecord(changes) ? Object.keys(changes) : []),
      baselineFacts: factsOf(baseEntries[id]),
      orgFile: rel(orgPath),
    });
  }
  return { outcomes, unreadable, records, where, fork: existsSync(join(contentDir, 'org')) };
}

/**
 * A note for each shared outcome that no tree uses: worth knowing, not an error. In a fork the
 * baseline's outcome is left as it is (a fork never edits content/guide/), so the note says only
 * that it is not shown.
 */
export function unusedOutcomes(shared: SharedOutcomes, trees: readonly Tree[], orgDir = 'content/org'): Problem[] {
  const used = new Set(trees.flatMap((tree) => [...tree.nodes.keys()]));
  return [...shared.outcomes.keys()]
    .filter((id) => !used.has(id))
    .map((id) => {
      const at = shared.where([id]);
      const baselineInFork = shared.fork && !at.file.startsWith(`${orgDir}/`);
      return {
        ...at,
        where: id,
        message: `No tree uses the shared outcome \`${id}\`.`,
        fix: baselineInFork
          ? 'Nothing to fix: it is not shown. (It is part of the baseline, which your changes in content/org/ no longer lead to; leave the baseline file as it is.)'
          : "Nothing to fix: it is not shown. Lead an answer's `next:` to it, or delete it.",
      };
    });
}
