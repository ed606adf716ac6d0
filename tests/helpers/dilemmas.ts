/**
 * The dilemma corpus (tests/dilemmas/*.yaml): realistic cases in a specialist's own words, each
 * with its facts, the verdict the law and practice support, its sources, and the answers a
 * specialist would honestly give in each tool that claims the case. Shared by the engine tests
 * and the browser walks, so both test the same cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const DILEMMA_DIR = join(import.meta.dirname, '..', 'dilemmas');

export interface Dilemma {
  id: string;
  story: string;
  facts: Record<string, string>;
  expected: string;
  /** Tool id → answers keyed by question id. */
  walks: Record<string, Record<string, string>>;
  why: string;
  sources: string[];
  /** `reference`: written from the reference and the sources alone, before the trees were read. */
  from: 'reference' | 'trees';
  file: string;
}

/** A value written `true` or `false` by mistake still compares as the word it stands for. */
const words = (map: Record<string, unknown> = {}) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v)]));

export function readDilemmas(): Dilemma[] {
  return readdirSync(DILEMMA_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) =>
      (parse(readFileSync(join(DILEMMA_DIR, name), 'utf8')) as Record<string, unknown>[]).map((raw) => ({
        ...(raw as unknown as Dilemma),
        facts: words(raw.facts as Record<string, unknown>),
        expected: String(raw.expected),
        walks: Object.fromEntries(
          Object.entries((raw.walks ?? {}) as Record<string, Record<string, unknown>>).map(([tool, answers]) => [tool, words(answers)]),
        ),
        file: `tests/dilemmas/${name}`,
      })),
    );
}

/** One walk of one case through one tool: the unit the browser tests sample. */
export function dilemmaWalks(dilemmas: Dilemma[]) {
  return dilemmas.flatMap((d) => Object.entries(d.walks).map(([tool, answers]) => ({ dilemma: d, tool, answers })));
}
