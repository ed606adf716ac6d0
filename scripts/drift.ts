/**
 * `npm run drift`: for each of an organization's versions of a baseline page, and each change to a
 * baseline tree, whether the baseline has moved on since the version recorded in `based_on:`, and
 * if so what changed upstream: the commits, the lines, the headings, fields or nodes. Also lists
 * the main project's files this fork changed, which an update may stop on (src/content/ownership.ts).
 *
 * `npm run drift -- --stamp FILE...` records in each file the baseline version it now matches.
 * See docs/fork-guide.md, "After an update: your versions of baseline pages".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../src/config/paths.ts';
import { baselineId, derivedFiles, gitBlobId, readBasedOn, stamp, type Derived } from '../src/content/drift.ts';
import { ownerOf } from '../src/content/ownership.ts';

/** Paths as Git and the reader write them: from the top of the repository, with `/`. */
const slash = (path: string) => path.split(sep).join('/');

function git(root: string, args: string[]): string | undefined {
  const run = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? run.stdout : undefined;
}

export interface DriftReport {
  text: string;
  /** Files whose baseline has changed since their `based_on`. */
  stale: string[];
  /** Files with no `based_on` yet. */
  unstamped: string[];
}

export function driftReport(contentDir: string, root: string): DriftReport {
  const rel = (path: string) => slash(relative(root, path));
  const out: string[] = [];
  const stale: string[] = [];
  const unstamped: string[] = [];
  for (const d of derivedFiles(contentDir)) {
    const file = rel(d.file);
    const recorded = readBasedOn(readFileSync(d.file, 'utf8'), d.kind).value;
    if (!recorded) {
      unstamped.push(file);
      out.push(
        `• ${file}`,
        `  No \`based_on\` yet: nothing says which version of ${rel(d.baseline)} it was written against.`,
        `  Compare the two, bring into yours what applies, then: npm run drift -- --stamp ${file}`,
        '',
      );
    } else if (baselineId(d.baseline).startsWith(recorded) && /^[0-9a-f]{7,40}$/.test(recorded)) {
      out.push(`✓ ${file}: written against the current ${rel(d.baseline)}.`, '');
    } else {
      stale.push(file);
      out.push(
        `⚠ ${file}`,
        ...changeSummary(d, recorded, root, rel).map((l) => `  ${l}`),
        `  When yours has what applies: npm run drift -- --stamp ${file}`,
        '',
      );
    }
  }
  if (!out.length) out.push('No versions of baseline pages or tree changes in content/org/: nothing can drift.', '');
  out.push(...upstreamFilesChanged(root));
  const counts = `${stale.length} changed upstream since written, ${unstamped.length} without based_on, of ${derivedFiles(contentDir).length}.`;
  return { text: `${out.join('\n').trimEnd()}\n\n${counts}`, stale, unstamped };
}

/** What changed in the baseline file since the version `recorded`: commits, then lines, headings and fields or nodes. */
function changeSummary(d: Derived, recorded: string, root: string, rel: (path: string) => string): string[] {
  const path = rel(d.baseline);
  const lines = [`Written against ${path} as it was at ${recorded}; the baseline has changed since.`];
  const since = commitsSince(root, path, recorded);
  if (!since) {
    lines.push(
      'That version is not in this repository’s history (a copy without the main project’s history?). Compare with the baseline by hand.',
    );
    return lines;
  }
  const current = readFileSync(d.baseline, 'utf8');
  const head = git(root, ['rev-parse', '--short=12', `HEAD:${path}`])?.trim();
  if (since.commits.length)
    lines.push(`Changed upstream in ${since.commits.length === 1 ? '1 commit' : `${since.commits.length} commits`}:`);
  lines.push(...since.commits.map((c) => `  ${c}`));
  if (!head || !gitBlobId(current).startsWith(head))
    lines.push(since.commits.length ? '  (and changes here not yet committed)' : 'Changed here, in changes not yet committed.');
  const before = git(root, ['cat-file', 'blob', `${since.base}:${path}`]) ?? '';
  const { added, removed } = lineChanges(before, current);
  lines.push(`In the baseline: ${added} ${added === 1 ? 'line' : 'lines'} added, ${removed} removed.`);
  lines.push(...(d.kind === 'page' ? pageChanges(before, current) : treeChanges(before, current)));
  lines.push(`See every change: git diff ${since.base} -- ${path}`);
  return lines;
}

/** The commits that changed the file after the version `recorded`, newest first, and the commit that had that version. */
function commitsSince(root: string, path: string, recorded: string): { commits: string[]; base: string } | undefined {
  const log = git(root, ['log', '--format=%x01%h %ad %s', '--date=short', '--raw', '--abbrev=12', '--', path]);
  if (!log) return undefined;
  const commits: string[] = [];
  for (const entry of log.split('\x01').slice(1)) {
    const [header = '', ...raw] = entry.split('\n');
    const blob = raw.map((l) => /^:\S+ \S+ \S+ (\S+) /.exec(l)?.[1]).find(Boolean);
    if (blob && (blob.startsWith(recorded) || recorded.startsWith(blob))) return { commits, base: header.split(' ')[0] ?? '' };
    commits.push(header);
  }
  return undefined;
}

/** Lines added and removed between two texts (a longest-common-subsequence diff: the files are small). */
export function lineChanges(before: string, after: string): { added: number; removed: number } {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number) => lcs[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const common = at(0, 0);
  return { added: b.length - common, removed: a.length - common };
}

function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  try {
    return { data: (parse(match[1] ?? '') as Record<string, unknown>) ?? {}, body: match[2] ?? '' };
  } catch {
    return { data: {}, body: match[2] ?? '' };
  }
}

const quoted = (items: string[]) => items.map((i) => `“${i}”`).join(', ');

function pageChanges(before: string, after: string): string[] {
  const old = frontmatter(before);
  const now = frontmatter(after);
  const headings = (body: string) => [...body.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => m[1] ?? '');
  const [h0, h1] = [headings(old.body), headings(now.body)];
  const lines: string[] = [];
  const addedHeadings = h1.filter((h) => !h0.includes(h));
  const removedHeadings = h0.filter((h) => !h1.includes(h));
  if (addedHeadings.length) lines.push(`Headings added: ${quoted(addedHeadings)}.`);
  if (removedHeadings.length) lines.push(`Headings removed: ${quoted(removedHeadings)}.`);
  const fields = changedKeys(old.data, now.data);
  if (fields.length) lines.push(`Fields changed: ${fields.join(', ')}.`);
  if (old.body.trim() !== now.body.trim()) lines.push('The text of the page changed.');
  return lines;
}

function treeChanges(before: string, after: string): string[] {
  const read = (text: string) => {
    try {
      return (parse(text) as Record<string, unknown>) ?? {};
    } catch {
      return {};
    }
  };
  const [old, now] = [read(before), read(after)];
  const nodes = (tree: Record<string, unknown>) => (tree.nodes ?? {}) as Record<string, unknown>;
  const [n0, n1] = [nodes(old), nodes(now)];
  const lines: string[] = [];
  const added = Object.keys(n1).filter((id) => !(id in n0));
  const removed = Object.keys(n0).filter((id) => !(id in n1));
  const changed = Object.keys(n1).filter((id) => id in n0 && JSON.stringify(n0[id]) !== JSON.stringify(n1[id]));
  if (added.length) lines.push(`Questions or outcomes added: ${added.join(', ')}.`);
  if (removed.length) lines.push(`Questions or outcomes removed: ${removed.join(', ')}.`);
  if (changed.length) lines.push(`Questions or outcomes changed: ${changed.join(', ')}.`);
  const fields = changedKeys(old, now).filter((k) => k !== 'nodes');
  if (fields.length) lines.push(`Fields changed: ${fields.join(', ')}.`);
  return lines;
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

/** The main project's files this fork changed since it last brought in an update, when it has the `upstream` remote. */
function upstreamFilesChanged(root: string): string[] {
  const base = git(root, ['merge-base', 'HEAD', 'upstream/main'])?.trim();
  if (!base) return [];
  const changed = (git(root, ['diff', '--name-only', base]) ?? '').split('\n').filter((f) => f && ownerOf(f) === 'upstream');
  if (!changed.length) return ['✓ This fork changes none of the main project’s files: updates merge without conflicts.', ''];
  return [
    '⚠ This fork changed files the main project owns; an update may stop with a conflict on them:',
    ...changed.map((f) => `  ${f}`),
    '  Make the change in content/site.yaml or content/org/ instead (docs/fork-guide.md), and put each file back with',
    '  git checkout upstream/main -- FILE',
    '',
  ];
}

export function stampFiles(contentDir: string, files: string[], root: string): { lines: string[]; ok: boolean } {
  const derived = derivedFiles(contentDir);
  const lines: string[] = [];
  let ok = true;
  for (const name of files) {
    const d = derived.find((x) => x.file === resolve(name));
    if (!d) {
      ok = false;
      lines.push(
        `✗ ${name} is not your version of a baseline page or tree.`,
        '  Fix: Name a file in content/org/<section>/ with the same name as a page in content/guide/<section>/, or a file in content/org/trees/ with the name of a baseline tree.',
      );
      continue;
    }
    const id = stamp(d);
    lines.push(`✓ ${slash(relative(root, d.file))}: based_on: '${id}' (the current ${slash(relative(root, d.baseline))}).`);
  }
  return { lines, ok };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { stamp: { type: 'boolean', default: false } }, allowPositionals: true });
  const root = process.cwd();
  if (values.stamp) {
    if (!positionals.length) {
      console.error('Name the files to stamp, for example: npm run drift -- --stamp content/org/situations/family-member-calls.mdx');
      process.exit(1);
    }
    const { lines, ok } = stampFiles(CONTENT_DIR, positionals, root);
    console.log(lines.join('\n'));
    process.exit(ok ? 0 : 1);
  }
  console.log(driftReport(CONTENT_DIR, root).text);
}
