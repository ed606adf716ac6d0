/**
 * The shape every check reports through, and the small helpers that write its words. It lives in
 * the engine so that engine checks need nothing from src/content (data flows one way, DESIGN.md
 * "Shape"); src/content/problems.ts re-exports it for the rest of the project.
 */

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
  const guess = closest(value, options);
  return guess ? `Did you mean \`${guess}\`? Correct it, ${otherwise}.` : `Check the spelling of the ${noun}, ${otherwise}.`;
}
