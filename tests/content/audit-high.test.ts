/**
 * Guards against the three HIGH findings of the content audit (2026-11-29) coming back.
 *
 * Plain-text checks over every page, tree and the glossary under content/guide. They look for the
 * wrong phrasings, never for node ids or file names, so they keep working while pages and trees
 * are rewritten. Text is lower-cased, curly quotes are straightened and all runs of white space
 * (including YAML line folds) become one space, so a phrase split across lines is still found.
 *
 *   H1  A "could happen soon" suicide risk was sent to a same-day talk whose text said that
 *       no one seemed in danger.
 *   H2  The mandated-reporting duty was framed as something a supervisor or the agency can take
 *       over, on a "today" timeline.
 *   H3  The glossary said Part 2 does not block abuse reports, including reports to adult
 *       protective services. Part 2's exception covers suspected child abuse only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONTENT_DIR } from '../../src/config/paths.ts';

const GUIDE_DIR = join(CONTENT_DIR, 'guide');

interface ContentFile {
  /** Path relative to content/guide, for failure messages. */
  name: string;
  /** Lower-cased, quotes straightened, white space collapsed. */
  text: string;
  raw: string;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.(mdx|ya?ml)$/.test(entry.name) ? [full] : [];
  });
}

const files: ContentFile[] = walk(GUIDE_DIR).map((path) => {
  const raw = readFileSync(path, 'utf8');
  return { name: relative(GUIDE_DIR, path), raw, text: normalize(raw) };
});
/** Tree outcomes live in the trees and in the shared outcomes file. */
const isTreeText = (f: ContentFile) => f.name.startsWith('trees/') || f.name === 'outcomes.yaml';
const trees = files.filter(isTreeText);

/** Every file (with a short excerpt) whose text matches the pattern. */
function findAll(pattern: RegExp, among: ContentFile[] = files): string[] {
  const hits: string[] = [];
  for (const file of among) {
    const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (const match of file.text.matchAll(re)) {
      const at = match.index ?? 0;
      hits.push(`${file.name}: …${file.text.slice(Math.max(0, at - 60), at + match[0].length + 60)}…`);
    }
  }
  return hits;
}

describe('the content under test', () => {
  it('includes pages, trees and the glossary (so the checks below are not vacuous)', () => {
    expect(files.filter((f) => f.name.endsWith('.mdx')).length).toBeGreaterThan(10);
    expect(trees.length).toBeGreaterThan(0);
    expect(files.some((f) => f.name === 'glossary.yaml')).toBe(true);
  });
});

describe('H1: urgent suicide risk is not described as "no one in danger"', () => {
  it('no tree outcome says "no one seems in danger this minute"', () => {
    expect(findAll(/no one (?:seems|is) (?:to be )?in danger (?:this|right this) minute/, trees)).toEqual([]);
  });

  it('no page or glossary entry says it either', () => {
    const notTrees = files.filter((f) => !isTreeText(f));
    expect(findAll(/no one (?:seems|is) (?:to be )?in danger (?:this|right this) minute/, notTrees)).toEqual([]);
  });
});

describe('H2: the mandated-reporting duty is not handed to a supervisor or the agency', () => {
  // Catches "ask your supervisor whether you must report yourself" and its variants ("so whether
  // you must report yourself depends on your state and employer"): the you-or-the-agency framing.
  it('never says "ask your supervisor whether you must report yourself" (the you-or-your-agency framing)', () => {
    expect(findAll(/whether you must (?:make the )?report (?:it )?yourself/)).toEqual([]);
  });

  it('never says "whether your agency\'s process covers it"', () => {
    expect(findAll(/(?:whether )?(?:your |the )?agency'?s process covers/)).toEqual([]);
  });

  it('never says "ask who makes the report, you or your agency"', () => {
    expect(findAll(/who makes the report/)).toEqual([]);
  });

  it('never says "ask whether you or your agency must report"', () => {
    expect(findAll(/whether (?:this is a report )?you or (?:your|the) agency must (?:report|make)/)).toEqual([]);
    expect(findAll(/report you or (?:your|the) agency must make/)).toEqual([]);
  });

  it('never says a peer asks "whether she reports herself or the agency does"', () => {
    expect(
      findAll(/reports? (?:herself|himself|themselves|themself|yourself) or (?:the|your|their|her|his) agency (?:does|reports)/),
    ).toEqual([]);
  });

  it('never pairs an abuse report with "tell your supervisor today" as the step to take', () => {
    // "Today" is fine for other things (a group breach, say), so look only near abuse-report words.
    const hits: string[] = [];
    for (const file of files) {
      for (const match of file.text.matchAll(/supervisor today/g)) {
        const at = match.index ?? 0;
        const window = file.text.slice(Math.max(0, at - 400), at + 400);
        if (/\breport/.test(window) && /\b(?:abuse|neglect|mandated|protective services)\b/.test(window)) {
          hits.push(`${file.name}: …${file.text.slice(Math.max(0, at - 80), at + 80)}…`);
        }
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('H3: Part 2 is not said to allow adult-abuse (APS) reports', () => {
  it('never says "Part 2 does not block these reports" (which read as child and adult reports)', () => {
    expect(findAll(/part 2 does not block (?:these|such|those|abuse|aps|adult) reports/)).toEqual([]);
  });

  it('every glossary entry that says Part 2 does not block abuse reports, and mentions adults, also says there is no adult exception', () => {
    const glossary = parse(readFileSync(join(GUIDE_DIR, 'glossary.yaml'), 'utf8')) as Record<string, { definition?: string }>;
    const wrong = Object.entries(glossary)
      .map(([id, entry]) => [id, normalize(entry.definition ?? '')] as const)
      .filter(([, text]) => /part 2 does not (?:block|stop)/.test(text))
      .filter(([, text]) => /\b(?:adult|adults|aps|elder|older)\b/.test(text))
      .filter(([, text]) => !/\bno (?:such |matching |similar )?exception\b/.test(text))
      .map(([id]) => id);
    expect(wrong).toEqual([]);
  });

  it('never says Part 2 does not block reports to adult protective services', () => {
    expect(
      findAll(
        /part 2 (?:does not|doesn't|won't|will not) (?:block|stop|prevent) (?:a |an )?(?:report(?:s)? (?:to|of) )?(?:adult protective|aps|elder|abuse of (?:an )?(?:older|dependent|vulnerable))/,
      ),
    ).toEqual([]);
  });

  it('does not hedge that an adult-abuse exception is merely "not confirmed"', () => {
    expect(findAll(/(?:has not|hasn't) confirmed a (?:matching|similar) exception/)).toEqual([]);
  });
});
