/**
 * Every handout, quiz and answer key, printed by Chromium on Letter and on A4: the page count of
 * the PDF must match what the handout promises. A script fits one sheet; the booklet is one script
 * per sheet; the group agreement is two (the agreement, then signatures); each training case is two pages (the
 * case and its questions, then the suggested response); a quiz is three questions to a page; an answer
 * key is two pages or fewer. A few PDFs per test, so no test runs long.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { KEY_PAGES, MIXED, mixedSet, printedPages } from '../../src/content/practice.ts';
import { agreementItems } from '../../src/lib/group-agreement.ts';

const content = checkContent(CONTENT_DIR);
const scripts = content.pages.filter((p) => p.kind === 'scripts').map((p) => p.slug);
const scenarios = content.pages.filter((p) => p.kind === 'scenarios').map((p) => p.slug);
const sets = [
  ...content.practice.map((t) => ({ id: t.id, questions: t.questions.length })),
  { id: MIXED, questions: mixedSet(content.practice).length },
];

/** Pages in the PDF of the page at `path`, on Letter then on A4. */
async function printedPageCounts(page: Page, path: string): Promise<[number, number]> {
  await page.goto(path);
  const count = async (format: 'Letter' | 'A4') => {
    const pdf = (await page.pdf({ format })).toString('latin1');
    // Each page of a PDF is one object of /Type /Page (the tree above them is /Type /Pages).
    return pdf.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  };
  return [await count('Letter'), await count('A4')];
}

test('each script handout prints on one page', async ({ page }) => {
  expect(scripts.length).toBeGreaterThan(0);
  for (const slug of scripts) expect(await printedPageCounts(page, `/handouts/scripts/${slug}/`), slug).toEqual([1, 1]);
});

test('the script booklet prints one script per page, and the group agreement on two pages ready to sign', async ({ page }) => {
  expect(await printedPageCounts(page, '/handouts/all-scripts/')).toEqual([scripts.length, scripts.length]);
  expect(await printedPageCounts(page, '/handouts/group-agreement/')).toEqual([2, 2]);
  await page.emulateMedia({ media: 'print' });
  const sample = agreementItems(content.pages.find((p) => p.ref === 'groups/group-agreement')?.body ?? '');
  await expect(page.locator('.agreement-items li')).toHaveCount(sample?.items.length ?? 0);
  await expect(page.locator('.signature-table tbody tr').first()).toBeVisible();
});

test('the training cases print two pages each, the questions before the suggested response', async ({ page }) => {
  expect(scenarios.length).toBeGreaterThan(0);
  expect(await printedPageCounts(page, '/handouts/all-scenarios/')).toEqual([2 * scenarios.length, 2 * scenarios.length]);
  await page.emulateMedia({ media: 'print' });
  const order = await page.locator('.scenario-handout').evaluateAll((cases) =>
    cases.map((c) => {
      const top = (selector: string) => c.querySelector(selector)!.getBoundingClientRect().top;
      return top('.scenario-handout__questions') < top('.scenario-handout__body > details');
    }),
  );
  expect(order).toEqual(scenarios.map(() => true));
});

test('each practice quiz prints three questions to a page, and each answer key on two pages or fewer', async ({ page }) => {
  for (const set of sets) {
    const expected = printedPages(set.questions);
    expect(await printedPageCounts(page, `/practice/${set.id}/quiz/`), `${set.id} quiz`).toEqual([expected, expected]);
    // The quiz is the questions only: the answers are in the key.
    await expect(page.locator('[data-question]')).toHaveCount(set.questions);
    await expect(page.locator('[data-correct]')).toHaveCount(0);
    for (const pages of await printedPageCounts(page, `/practice/${set.id}/key/`))
      expect(pages, `${set.id} key`).toBeLessThanOrEqual(KEY_PAGES);
  }
});
