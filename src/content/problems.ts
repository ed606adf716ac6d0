/**
 * Problems found in content, written for the person who must fix them: the file, the place in it,
 * what is wrong and what to do. Every check in the project reports through this shape, so the
 * build, `npm run check` and the tests all print the same words.
 */
import type { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { closest, formatPath, type PathSegment, type Problem } from '../engine/problem.ts';

export { closest, formatPath, type PathSegment, type Problem };

export function formatProblem(p: Problem, mark = '✗'): string {
  const place = [p.file + (p.line ? `:${p.line}` : ''), p.where].filter(Boolean).join(' → ');
  return `${mark} ${place}\n  ${p.message}\n  ${mark === '✗' ? 'Fix' : 'Note'}: ${p.fix}`;
}

/** Warnings: things worth knowing that do not stop the build. */
export function formatWarnings(warnings: readonly Problem[]): string {
  const noun = warnings.length === 1 ? 'note' : 'notes';
  return `${warnings.length} ${noun} on the content (they do not stop the build):\n\n${warnings.map((w) => formatProblem(w, '⚠')).join('\n\n')}\n`;
}

export function formatProblems(problems: readonly Problem[], where = 'the content'): string {
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return `Found ${problems.length} ${noun} in ${where}:\n\n${problems.map((p) => formatProblem(p)).join('\n\n')}\n`;
}

/** An error whose message is already written for a person; the CLI and build print it without a stack. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The stack would only point at our own checker, never at the reader's mistake.
    this.stack = this.message;
  }
}

/** Finds the line of a YAML path in a text; `lineOffset` counts lines before the YAML starts (frontmatter). */
export function yamlLocator(text: string, lineOffset = 0): (path: readonly PathSegment[]) => number | undefined {
  const lineCounter = new LineCounter();
  // Parsed on the first question only: most files have no problem to place.
  let parsed: ReturnType<typeof parseDocument> | undefined;
  return (path) => {
    const doc = (parsed ??= parseDocument(text, { lineCounter }));
    let node: unknown = doc.contents;
    let found: Node | undefined = doc.contents ?? undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(seg));
        if (!pair) break;
        found = (pair.key as Node) ?? found;
        node = pair.value;
        if (pair.value && typeof seg === 'number') found = pair.value as Node;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        found = item;
        node = item;
      } else break;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
}

/** Plain-words help for a field, used in the "Fix:" line. Keyed by field name. */
export type FieldHelp = Record<string, string>;

/** Turns a zod error into problems: one per issue, with the field and a fix a non-developer can follow. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  help: FieldHelp,
  locate: (path: readonly PathSegment[]) => number | undefined = () => undefined,
  pathPrefix: readonly PathSegment[] = [],
  input?: unknown,
): Problem[] {
  // A misspelt key shows up twice: as an unknown key and as a missing one. Report it once, as the typo.
  const guessed = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const guess = closest(key, Object.keys(help));
      if (guess) guessed.add(formatPath([...pathPrefix, ...(issue.path as PathSegment[]), guess]));
    }
  }
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code !== 'unrecognized_keys' && guessed.has(formatPath([...pathPrefix, ...(issue.path as PathSegment[])]))) return [];
    const path = [...pathPrefix, ...(issue.path as PathSegment[])];
    const field = [...path].reverse().find((seg): seg is string => typeof seg === 'string') ?? '';
    const fieldHelp = help[field] ?? 'See docs/authoring.md for what this field takes.';
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = closest(key, Object.keys(help));
        return {
          file,
          where: formatPath([...path, key]),
          line: locate([...path, key]),
          message: `\`${key}\` is not a field this file can have.`,
          fix: guess
            ? `Did you mean \`${guess}\`? Rename it, or remove the line.`
            : `Remove the line, or check the spelling against docs/authoring.md.`,
        };
      });
    }
    // zod 4 leaves `input` out of issues unless asked; look the value up in the data instead.
    const value = issue.input !== undefined ? issue.input : valueAt(input, issue.path as PathSegment[]);
    const missing = value === undefined;
    // `key:` with nothing after it (or an unquoted #colour, read as a comment) gives null.
    const where = formatPath(path);
    return [
      {
        file,
        where,
        line: locate(path) ?? locate(path.slice(0, -1)),
        message: missing ? `\`${field}\` is missing.` : `\`${where}\` ${describeIssue(issue, value)}.`,
        fix: missing
          ? `Add \`${field}:\`: ${lowerFirst(fieldHelp)}`
          : value === null
            ? `Write a value after the colon. A value that starts with # must be in quotes, for example '#1d5a8c' (otherwise # starts a comment). ${fieldHelp}`
          : issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
            ? `Put it in quotes, for example "${String(value)}", so that it is read as text.`
            : fieldHelp,
      },
    ];
  });
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const seg of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[seg];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${article(issue.expected)}, not ${describeValue(value)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    default:
      return issue.message.startsWith('Invalid') || issue.message.startsWith('Too') ? lowerFirst(issue.message) : issue.message;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of settings',
    date: 'a date',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of settings';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'something else';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The first YAML syntax error, with its line. Only the first: the parser's later errors are
 * almost always knock-on effects of it, and a list of them hides the one line to fix.
 */
export function yamlSyntaxProblems(text: string, file: string, lineOffset = 0, parsed = parseDocument(text)): Problem[] {
  const [error] = parsed.errors;
  if (!error) return [];
  const line = error.linePos?.[0].line;
  if (error.code === 'DUPLICATE_KEY') {
    return [
      {
        file,
        line: line === undefined ? undefined : line + lineOffset,
        message: 'The same key appears twice (for example two nodes, or two settings, with one name).',
        fix: 'Give each its own name, or remove the second one; in a tree, update the `next:` values that point to a renamed node.',
      },
    ];
  }
  return [
    {
      file,
      line: line === undefined ? undefined : line + lineOffset,
      message: `The YAML cannot be read: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}.`,
      fix: 'Check the indentation and punctuation on that line: each setting is `key: value`, list items start with "- ", and text containing ":" or "#" needs quotes.',
    },
  ];
}
