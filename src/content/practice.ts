/**
 * The practice question bank (content/guide/practice/<topic>.yaml): one file per topic, each
 * question with a stem, three to five choices, exactly one best answer, a reason for every
 * choice, the guide pages that teach it and its sources. Checked like every page: the shape, the
 * sources and pages it names, unique ids and the reading level, each mistake reported with the
 * file, line, field and fix.
 */
import type { LinkTargets } from './pages.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { formatPath, problemsFromZod, suggest, type PathSegment, type Findings, type Problem } from '../core/problems.ts';
import { gradeOf, PAGE_LIMIT, plainText } from './reading-level.ts';
import { DateSchema, PageRefSchema, SLUG, SourceIdSchema, Text } from '../core/schema.ts';
import { isRecord, readYamlFile } from './yaml-file.ts';

/** The mixed set is made from every topic; no topic file may take its address. */
export const MIXED = 'mixed';

export const DIFFICULTIES = ['foundation', 'intermediate', 'advanced'] as const;

export const ChoiceSchema = z.strictObject({
  text: Text(300).describe('The choice as the reader sees it, at most 300 characters.'),
  why: Text(400).describe('One or two sentences on why this choice is right or wrong, at most 400 characters.'),
  best: z
    .literal(true, { error: 'must be true, or left out' })
    .describe('Write `best: true` on the one best answer only; leave it out on the others.')
    .optional(),
});

export const QuestionSchema = z.strictObject({
  id: z
    .string()
    .regex(SLUG, { error: 'must be lower-case words joined by hyphens, for example consent-spoken-family' })
    .describe(
      'A short id for the question, lower-case words joined by hyphens, unique across all topics, for example consent-spoken-family.',
    ),
  difficulty: z.enum(DIFFICULTIES).describe('One of foundation, intermediate or advanced.'),
  stem: Text(600).describe('The question, often a short scenario, in plain words (at most 600 characters).'),
  choices: z
    .array(ChoiceSchema)
    .min(3, { error: 'must list at least three choices' })
    .max(5, { error: 'must list at most five choices' })
    .describe('A list of three to five choices, each with `text:` and `why:`; mark the one best answer with `best: true`.'),
  pages: z
    .array(PageRefSchema)
    .min(1, { error: 'must list at least one page that teaches the answer' })
    .describe('A list of the guide pages that teach the answer, written as kind/slug, for example [principles/consent].'),
  sources: z
    .array(SourceIdSchema)
    .min(1, { error: 'must list at least one source id' })
    .describe('A list of ids from content/sources.yaml that support the best answer, for example [hipaa-164-510-b].'),
});

export const PracticeTopicSchema = z.strictObject({
  title: Text(90).describe('The topic in a few plain words, at most 90 characters, for example Consent.'),
  summary: Text(200).describe('One sentence on what the questions cover, at most 200 characters.'),
  reviewed: DateSchema.describe(
    'The date someone last checked every answer against its sources, written as YYYY-MM-DD, for example 2026-11-29.',
  ),
  order: z.number().int().nonnegative().describe('A whole number giving the topic its place in the list (lower first).').optional(),
  questions: z
    .array(QuestionSchema)
    .min(1, { error: 'must list at least one question' })
    .describe('A list of questions, each starting with "- id:" (see docs/authoring.md, "Practice questions").'),
});

export type Choice = z.infer<typeof ChoiceSchema>;
export type Question = z.infer<typeof QuestionSchema> & { topic: string };
export type PracticeTopic = Omit<z.infer<typeof PracticeTopicSchema>, 'questions'> & { id: string; file: string; questions: Question[] };

/** The sources and pages it may name (hidden pages: a warning, and the reference is left out). */
export type PracticeTargets = Pick<LinkTargets, 'sources' | 'pages' | 'hidden'>;

/** Every topic of the question bank, in `order`, then by title. A topic with a problem is left out (and reported). */
export function readPractice(
  contentDir: string,
  rel: (path: string) => string,
  targets: PracticeTargets,
  report: Findings,
): PracticeTopic[] {
  const dir = join(contentDir, 'guide', 'practice');
  if (!existsSync(dir)) return [];
  const ids = new Map<string, string>();
  const topics: PracticeTopic[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const topic = readTopic(join(dir, name), rel(join(dir, name)), name.replace(/\.ya?ml$/, ''), { ...targets, ids }, report);
    if (topic) topics.push(topic);
  }
  return topics.sort(
    (a, b) => (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.title.localeCompare(b.title),
  );
}

function readTopic(
  path: string,
  file: string,
  id: string,
  targets: PracticeTargets & { ids: Map<string, string> },
  { problems, warnings }: Findings,
): PracticeTopic | undefined {
  if (!SLUG.test(id) || id === MIXED) {
    problems.push({
      file,
      message:
        id === MIXED ? '`mixed` is the address of the mixed set, made from every topic.' : `\`${id}\` cannot be the name of a topic file.`,
      fix: 'Rename the file with lower-case words joined by hyphens, for example part-2.yaml, other than mixed.yaml. The name is the address: /practice/<name>/.',
    });
    return undefined;
  }
  const source = readYamlFile(path, file, problems);
  if (!source) return undefined;
  if (!isRecord(source.data)) {
    problems.push({
      file,
      line: 1,
      message: 'A topic file must start with its settings (title, summary, reviewed), then `questions:`.',
      fix: 'See the example in docs/authoring.md, "Practice questions".',
    });
    return undefined;
  }
  const result = PracticeTopicSchema.safeParse(source.data);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error, PracticeTopicSchema, source.lines, [], source.data));
    return undefined;
  }
  const before = problems.length;
  const at = (path: PathSegment[]) => ({ file, where: formatPath(path), line: source.lines(path) });
  const questions: Question[] = result.data.questions.map((q, i) => {
    const where = (...rest: PathSegment[]) => at(['questions', i, ...rest]);
    const seen = targets.ids.get(q.id);
    if (seen)
      problems.push({
        ...where('id'),
        message: `Two questions have the id \`${q.id}\` (the other is at ${seen}).`,
        fix: 'Give one of them another id: ids name questions in links and answer keys, so each must be unique.',
      });
    else targets.ids.set(q.id, `${file}:${source.lines(['questions', i, 'id']) ?? '?'}`);
    const best = q.choices.filter((c) => c.best).length;
    if (best !== 1) {
      problems.push({
        ...where('choices'),
        message: best === 0 ? `Question \`${q.id}\` has no best answer.` : `Question \`${q.id}\` marks ${best} best answers.`,
        fix: 'Write `best: true` on exactly one choice, the one the sources support; every other choice says in `why:` why it is not the best.',
      });
    }
    const texts = q.choices.map((c) => c.text.toLowerCase());
    texts.forEach((text, c) => {
      if (texts.indexOf(text) !== c)
        problems.push({
          ...where('choices', c, 'text'),
          message: `Choice ${c + 1} repeats choice ${texts.indexOf(text) + 1}.`,
          fix: 'Each choice must say something different: reword it or remove it.',
        });
    });
    q.sources.forEach((sid, s) => {
      if (!targets.sources.has(sid))
        problems.push({
          ...where('sources', s),
          message: `The source id \`${sid}\` is not in content/sources.yaml.`,
          fix: suggest(sid, [...targets.sources], 'source id', 'or add an entry for it to content/sources.yaml'),
        });
    });
    const pages = q.pages.filter((ref, p) => {
      if (targets.hidden.has(ref)) {
        warnings.push({
          ...where('pages', p),
          message: `The page \`${ref}\` is hidden, so the question does not link to it.`,
          fix: 'Nothing to do, unless you want to show it again: then remove it from `hide` in site.yaml.',
        });
        return false;
      }
      if (!targets.pages.has(ref)) {
        problems.push({
          ...where('pages', p),
          message: `The page \`${ref}\` does not exist.`,
          fix: suggest(ref, [...targets.pages], 'page', 'or remove it from the list'),
        });
      }
      return true;
    });
    return { ...q, pages, topic: id };
  });
  problems.push(...readingLevel(file, result.data.questions, source.lines));
  if (problems.length !== before) return undefined;
  const { title, summary, reviewed, order } = result.data;
  return { id, file, title, summary, reviewed, order, questions };
}

/**
 * The reading level of the whole topic, as the guide's pages are measured (at most grade 10).
 * One question's grade says little (a few sentences), so the file is judged as a whole and the
 * hardest questions are named as the place to start.
 */
function readingLevel(
  file: string,
  questions: z.infer<typeof QuestionSchema>[],
  lines: (path: readonly PathSegment[]) => number | undefined,
): Problem[] {
  const textOf = (q: (typeof questions)[number]) => plainText([q.stem, ...q.choices.flatMap((c) => [c.text, c.why])].join('\n\n'));
  const { grade } = gradeOf(questions.map(textOf).join('\n\n'));
  if (grade <= PAGE_LIMIT) return [];
  const hardest = questions
    .map((q, i) => ({ q, i, grade: gradeOf(textOf(q)).grade }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, 3)
    .map(({ q, i, grade: g }) => `\`${q.id}\` (line ${lines(['questions', i]) ?? '?'}, grade ${g.toFixed(1)})`);
  return [
    {
      file,
      line: lines(['questions']),
      where: 'questions',
      message: `The questions read at grade ${grade.toFixed(1)}; the guide aims for grade 8 and allows at most ${PAGE_LIMIT}.`,
      fix: `Use shorter sentences and plainer words, starting with ${hardest.join(', ')}.`,
    },
  ];
}

/**
 * The mixed set: from each topic, its first foundation question and its first harder one, so the
 * set spans every topic and level and stays the same from build to build.
 */
export function mixedSet(topics: readonly PracticeTopic[]): Question[] {
  return topics.flatMap((t) => {
    const easy = t.questions.find((q) => q.difficulty === 'foundation') ?? t.questions[0];
    const hard = t.questions.find((q) => q !== easy && q.difficulty !== 'foundation') ?? t.questions.find((q) => q !== easy);
    return [easy, hard].filter((q): q is Question => q !== undefined);
  });
}

/** A printed quiz puts three questions on each page (a page break before every fourth), so it prints on this many pages. */
export const QUESTIONS_PER_PAGE = 3;
export function printedPages(questions: number): number {
  return Math.ceil(questions / QUESTIONS_PER_PAGE);
}

/** An answer key fits on this many printed pages or fewer. */
export const KEY_PAGES = 2;

/** The questions that link to a guidance page: those naming it first come first (they teach it most directly). At most `max`. */
export function questionsForPage(topics: readonly PracticeTopic[], ref: string, max = 3): Question[] {
  const all = topics.flatMap((t) => t.questions).filter((q) => q.pages.includes(ref));
  return [...all.filter((q) => q.pages[0] === ref), ...all.filter((q) => q.pages[0] !== ref)].slice(0, max);
}
