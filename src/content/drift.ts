/**
 * Drift: an organization's version of a baseline page (content/org/<section>/<page>.mdx) or its
 * change to a baseline tree (content/org/trees/<tree>.yaml) is written against one version of the
 * baseline file. `based_on:` records which: the first 12 hex digits of the Git id of the baseline
 * file's text (what `git hash-object` gives), written by `npm run drift -- --stamp FILE`. The check
 * needs no Git: it hashes the baseline file as it is now and warns when that differs, so an update
 * that changes a page the organization replaced says so. `npm run drift` (scripts/drift.ts) then
 * uses Git to show what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Problem } from '../core/problems.ts';
import { SECTION_IDS } from '../core/sections.ts';

/** How many hex digits of the Git id `based_on` keeps: enough to be unique, short enough to read. */
export const BASED_ON_LENGTH = 12;
const BASED_ON = /^[0-9a-f]{7,40}$/;

export interface Derived {
  /** The organization's file and the baseline file it is written against, both absolute. */
  file: string;
  baseline: string;
  /** A page has `based_on:` in its frontmatter; a tree change at the top of the file. */
  kind: 'page' | 'tree';
}

/** Every organization file written against a baseline file: replacement pages and tree changes. */
export function derivedFiles(contentDir: string): Derived[] {
  const found: Derived[] = [];
  const list = (dir: string, pattern: RegExp) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => pattern.test(n))
          .sort()
      : [];
  for (const kind of SECTION_IDS) {
    const baselineDir = join(contentDir, 'guide', kind);
    const baselines = new Map(list(baselineDir, /\.mdx?$/).map((n) => [n.replace(/\.mdx?$/, ''), join(baselineDir, n)]));
    for (const name of list(join(contentDir, 'org', kind), /\.mdx?$/)) {
      const baseline = baselines.get(name.replace(/\.mdx?$/, ''));
      if (baseline) found.push({ file: join(contentDir, 'org', kind, name), baseline, kind: 'page' });
    }
  }
  const treeDir = join(contentDir, 'guide', 'trees');
  for (const name of list(join(contentDir, 'org', 'trees'), /\.ya?ml$/)) {
    const baseline = list(treeDir, /\.ya?ml$/).find((n) => n.replace(/\.ya?ml$/, '') === name.replace(/\.ya?ml$/, ''));
    if (baseline) found.push({ file: join(contentDir, 'org', 'trees', name), baseline: join(treeDir, baseline), kind: 'tree' });
  }
  return found;
}

/** The Git id of a text file's content (`git hash-object`), with Windows line endings read as Git stores them. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text.replace(/\r\n/g, '\n'), 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The current baseline's `based_on` value. */
export function baselineId(baseline: string): string {
  return gitBlobId(readFileSync(baseline, 'utf8')).slice(0, BASED_ON_LENGTH);
}

interface Recorded {
  /** The value as written (without quotes), when there is one. */
  value?: string;
  /** 1-based line of `based_on:` in the file. */
  line?: number;
}

/** The lines a top-level `based_on:` may be on: a page's frontmatter, or the whole of a YAML file. */
function topLines(text: string, kind: Derived['kind']): { lines: string[]; end: number } {
  const lines = text.split(/\r?\n/);
  if (kind === 'tree') return { lines, end: lines.length };
  if (lines[0]?.replace(/^\uFEFF/, '').trim() !== '---') return { lines, end: 0 };
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  return { lines, end: close < 0 ? 0 : close };
}

export function readBasedOn(text: string, kind: Derived['kind']): Recorded {
  const { lines, end } = topLines(text, kind);
  for (const [i, text] of lines.slice(0, end).entries()) {
    const value = /^based_on:\s*(.*?)\s*(?:#.*)?$/.exec(text)?.[1];
    if (value !== undefined) return { value: value.replace(/^(['"])(.*)\1$/, '$2'), line: i + 1 };
  }
  return {};
}

/** Writes `based_on:` with the current baseline's id into the file; returns the id. */
export function stamp(derived: Derived): string {
  const id = baselineId(derived.baseline);
  const text = readFileSync(derived.file, 'utf8');
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const { lines, end } = topLines(text, derived.kind);
  const line = `based_on: '${id}'`;
  const at = readBasedOn(text, derived.kind).line;
  if (at) lines[at - 1] = line;
  else if (derived.kind === 'page') lines.splice(end, 0, line);
  else {
    // After the notes at the top of the file, so they stay first.
    const first = lines.findIndex((l) => !l.startsWith('#') && l.trim() !== '');
    lines.splice(first < 0 ? lines.length : first, 0, line);
  }
  writeFileSync(derived.file, lines.join(newline));
  return id;
}

/**
 * The check's part: a `based_on` that is malformed, or on a file that is no version of a baseline
 * file, is a problem; one whose baseline has changed since is a warning.
 */
export function checkDrift(contentDir: string, rel: (path: string) => string): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const derived = new Map(derivedFiles(contentDir).map((d) => [d.file, d]));
  for (const { path, kind } of orgFiles(contentDir)) {
    const recorded = readBasedOn(readFileSync(path, 'utf8'), kind);
    if (recorded.value === undefined) continue;
    const at = { file: rel(path), where: 'based_on', line: recorded.line };
    const stampCommand = `npm run drift -- --stamp ${rel(path).split(sep).join('/')}`;
    const d = derived.get(path);
    if (!d) {
      problems.push({
        ...at,
        message: `\`based_on\` records the baseline version a ${kind === 'page' ? 'page' : 'tree change'} was written against, but there is no baseline ${kind === 'page' ? 'page' : 'tree'} with this file's name.`,
        fix: 'Remove the `based_on:` line: this is a new page or tree of your own, not your version of a baseline one.',
      });
    } else if (!BASED_ON.test(recorded.value)) {
      problems.push({
        ...at,
        message: `\`based_on\` is \`${recorded.value}\`, which is not a version of a baseline file.`,
        fix: `Let the command write it: \`${stampCommand}\`.`,
      });
    } else if (!gitBlobId(readFileSync(d.baseline, 'utf8')).startsWith(recorded.value)) {
      warnings.push({
        ...at,
        message: `The baseline ${rel(d.baseline)} has changed since this file was written against it (\`based_on: ${recorded.value}\`).`,
        fix: `Run \`npm run drift\` to see what changed upstream, and bring into your version what applies. Then record that you did: \`${stampCommand}\`.`,
      });
    }
  }
  return { problems, warnings };
}

/** Every organization page and tree file that may carry `based_on:`. */
function orgFiles(contentDir: string): { path: string; kind: Derived['kind'] }[] {
  const org = join(contentDir, 'org');
  const list = (dir: string, pattern: RegExp) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => pattern.test(n))
          .sort()
      : [];
  return [
    ...SECTION_IDS.flatMap((kind) => list(join(org, kind), /\.mdx?$/).map((n) => ({ path: join(org, kind, n), kind: 'page' as const }))),
    ...list(join(org, 'trees'), /\.ya?ml$/).map((n) => ({ path: join(org, 'trees', n), kind: 'tree' as const })),
  ];
}
