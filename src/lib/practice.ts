/** The practice sets the site publishes: one per topic of the question bank, and the mixed set. */
import { MIXED, mixedSet, questionsForPage, type Question } from '../content/practice.ts';

export { KEY_PAGES, printedPages } from '../content/practice.ts';
import { getContent } from './content.ts';
import { href, pageHref } from './url.ts';

export interface PracticeSet {
  /** The address under /practice/: a topic's file name, or `mixed`. */
  id: string;
  title: string;
  summary: string;
  questions: Question[];
}

export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export function practiceSets(): PracticeSet[] {
  const topics = getContent().practice;
  if (!topics.length) return [];
  const mixed: PracticeSet = {
    id: MIXED,
    title: 'Mixed set',
    summary: 'Two questions from each topic, one easier and one harder: a quick review of the whole guide.',
    questions: mixedSet(topics),
  };
  return [...topics.map(({ id, title, summary, questions }) => ({ id, title, summary, questions })), mixed];
}

/** The letter of a question's best answer. */
export function bestLetter(question: Question): string {
  return LETTERS[question.choices.findIndex((c) => c.best)] ?? '?';
}

/** The guide pages a question links to, with their titles. */
export function questionPages(question: Question): { title: string; url: string }[] {
  const titles = new Map(getContent().pages.map((p) => [p.ref, String(p.data.title)]));
  return question.pages.flatMap((ref) => (titles.has(ref) ? [{ title: titles.get(ref)!, url: pageHref(ref) }] : []));
}

/** "Check your understanding" for a guidance page: up to three questions that link to it, and the topic they come from. */
export function pageQuestions(ref: string): { questions: Question[]; topic?: { title: string; url: string } } {
  const topics = getContent().practice;
  const questions = questionsForPage(topics, ref);
  const topic = topics.find((t) => t.id === questions[0]?.topic);
  return { questions, topic: topic && { title: topic.title, url: href(`practice/${topic.id}/`) } };
}
