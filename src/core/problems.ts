/**
 * Problems found in content, written for the person who must fix them: the file, the place in it,
 * what is wrong and what to do. Every check in the project reports through this shape, so the
 * build, `npm run check` and the tests all print the same words. It lives in src/core, the leaf
 * every layer may import, so the engine and the settings need nothing from src/content.
 */
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';

export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Where in the file: a field or YAML path such as `nodes.danger-now.options[1].next`. */
  where?: string;
  /** 1-based line number, when known. */
  line?: number;
  /** What is wrong, as a sentence. */
  message: string;
  /** What to do about it, as a sentence. */
  fix: string;
}

/** What a check found: problems stop the build, warnings are notes that do not. */
export interface Findings {
  problems: Problem[];
  warnings: Problem[];
}

export type PathSegment = string | number;

/** Where a YAML path is: the file and line. A merged file (an organization's overlay) spans two files. */
export type Locate = (path: readonly PathSegment[]) => { file: string; line?: number };

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** `a, b and c`: a list in a sentence. */
export function joinWords(items: readonly string[], last = 'and'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}` : (items[0] ?? '');
}

/** A problem at a YAML path: the file and line from `where`, the path written out. */
export function problemAt(where: Locate, path: readonly PathSegment[], message: string, fix: string): Problem {
  return { ...where(path), where: formatPath(path), message, fix };
}

/** The closest of `options` to `word`, if it is a plausible typo (edit distance at most 2 or a third of its length). */
export function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const option of options) {
    const score = distance(word.toLowerCase(), option.toLowerCase());
    if (score < bestScore) {
      best = option;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

/** "Did you mean …?" when a close spelling exists, else what to check. */
export function suggest(value: string, options: readonly string[], noun: string, otherwise: string): string {
  // Prefer the same slug in another section (`principles/x` for `scripts/x`, a common slip), then the nearest spelling.
  const slug = value.split('/').pop();
  const guess =
    (value.includes('/') ? options.find((o) => o !== value && o.split('/').pop() === slug) : undefined) ?? closest(value, options);
  return guess ? `Did you mean \`${guess}\`? Correct it, ${otherwise}.` : `Check the spelling of the ${noun}, ${otherwise}.`;
}

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

/**
 * A zod schema, from astro/zod or zod (one registry of descriptions serves both). Each field's
 * plain-words help is its description (`.describe()`), printed in the "Fix:" line and written
 * into docs/site.schema.json, so the help for `contacts.privacy_officer.url` is that field's own.
 */
export type Schema = z.core.$ZodType | { _zod: { def: unknown } };

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
}

const defOf = (schema: Schema) => (schema as { _zod: { def: Def } })._zod.def;

/** The schema a wrapper (optional, default, a transform or preprocess) wraps. */
function unwrap(schema: Schema): Schema | undefined {
  const def = defOf(schema);
  if (def.innerType) return def.innerType;
  if (def.type === 'pipe') return defOf(def.in!).type === 'transform' ? def.out : def.in;
  return undefined;
}

/** The schema of one field or list item inside `schema`. */
function childOf(schema: Schema, seg: PathSegment): Schema | undefined {
  for (let at: Schema | undefined = schema; at; at = unwrap(at)) {
    const def = defOf(at);
    if (def.shape) return typeof seg === 'string' ? def.shape[seg] : undefined;
    if (def.element) return typeof seg === 'number' ? def.element : undefined;
    if (def.valueType) return def.valueType;
    if (def.options) return def.options.map((option) => childOf(option, seg)).find(Boolean);
  }
  return undefined;
}

function descriptionOf(schema: Schema): string | undefined {
  for (let at: Schema | undefined = schema; at; at = unwrap(at)) {
    const description = z.globalRegistry.get(at as z.core.$ZodType)?.description;
    if (description) return description;
  }
  return undefined;
}

/** The help of the field at `path`: the description of the deepest described schema on the way (a list item gets its list's help). */
export function fieldHelp(schema: Schema, path: readonly PathSegment[]): string | undefined {
  let help = descriptionOf(schema);
  let at: Schema | undefined = schema;
  for (const seg of path) {
    at = at && childOf(at, seg);
    if (!at) break;
    help = descriptionOf(at) ?? help;
  }
  return help;
}

/** The field names an object at `path` may have, for "did you mean". */
function fieldNames(schema: Schema, path: readonly PathSegment[]): string[] {
  let at: Schema | undefined = schema;
  for (const seg of path) at = at && childOf(at, seg);
  for (; at; at = unwrap(at)) {
    const shape = defOf(at).shape;
    if (shape) return Object.keys(shape);
  }
  return [];
}

/** Turns a zod error into problems: one per issue, with the field and a fix a non-developer can follow (the field's description). */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  schema: Schema,
  locate: (path: readonly PathSegment[]) => number | undefined = () => undefined,
  pathPrefix: readonly PathSegment[] = [],
  input?: unknown,
): Problem[] {
  // A misspelt key shows up twice: as an unknown key and as a missing one. Report it once, as the typo.
  const guessed = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const guess = closest(key, fieldNames(schema, issue.path as PathSegment[]));
      if (guess) guessed.add(formatPath([...pathPrefix, ...(issue.path as PathSegment[]), guess]));
    }
  }
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code !== 'unrecognized_keys' && guessed.has(formatPath([...pathPrefix, ...(issue.path as PathSegment[])]))) return [];
    const path = [...pathPrefix, ...(issue.path as PathSegment[])];
    const field = [...path].reverse().find((seg): seg is string => typeof seg === 'string') ?? '';
    const help = fieldHelp(schema, issue.path as PathSegment[]) ?? 'See docs/authoring.md for what this field takes.';
    if (issue.code === 'unrecognized_keys') {
      const names = fieldNames(schema, issue.path as PathSegment[]);
      return issue.keys.map((key) => {
        const guess = closest(key, names);
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
          ? `Add \`${field}:\`: ${lowerFirst(help)}`
          : value === null
            ? `Write a value after the colon. A value that starts with # must be in quotes, for example '#1d5a8c' (otherwise # starts a comment). ${help}`
            : issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')
              ? `Put it in quotes, for example "${String(value)}", so that it is read as text.`
              : help,
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

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The first YAML syntax error, with its line. Only the first: the parser's later errors are
 * almost always knock-on effects of it, and a list of them hides the one line to fix.
 */
export function yamlSyntaxProblems(text: string, file: string, lineOffset = 0, doc = parseDocument(text)): Problem[] {
  const [error] = doc.errors;
  if (!error) {
    try {
      doc.toJS();
      return [];
    } catch {
      // The yaml library refuses a document whose aliases (&name, *name) would expand without end.
      return [
        {
          file,
          line: 1 + lineOffset,
          message: 'The YAML repeats itself through names (& and *) more than any content needs.',
          fix: 'Write each value out in full instead of using & and *.',
        },
      ];
    }
  }
  const line = error.linePos?.[0].line;
  if (/call stack/i.test(error.message)) {
    return [
      {
        file,
        line: line === undefined ? undefined : line + lineOffset,
        message: 'The YAML is nested too deeply (brackets or indented lines inside each other, hundreds of levels).',
        fix: 'Write the settings as in docs/authoring.md: a few levels of indentation at most.',
      },
    ];
  }
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
