/**
 * Guidance that ages honestly, in the browser and without JavaScript: the What changed page lists
 * the rule changes newest first, it is linked from the footer and the About page, and each page a
 * change affects says so and links to it. Expectations come from content/, so a fork's build passes
 * too. (The "Due for review" notice depends on the day; tests/build/fork.test.ts builds it on a fixed one.)
 */
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';

const { changes, pages, hidden } = checkContent(CONTENT_DIR);
const affected = changes.flatMap((change) => change.pages.filter((ref) => !hidden.has(ref)).map((ref) => ({ change, ref })));
const untouched = pages.find((page) => !changes.some((change) => change.pages.includes(page.ref)));

test.use({ javaScriptEnabled: false });

test('the What changed page lists every rule change, newest first, each with its dates', async ({ page }) => {
  await page.goto('/what-changed/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What changed');
  await expect(page.locator('.change h2')).toHaveText(changes.map((change) => change.title));
  const dates = await page
    .locator('.change')
    .evaluateAll((sections) => sections.map((s) => s.querySelector('time')?.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
});

test('the footer and the About page link to What changed', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'What changed' })).toHaveAttribute(
    'href',
    '/what-changed/',
  );
  await page.locator('.prose').getByRole('link', { name: 'What changed' }).click();
  await expect(page).toHaveURL(/\/what-changed\/$/);
});

test('a page a rule change affects says so, and its link leads to that change', async ({ page }) => {
  test.skip(affected.length === 0, 'no rule change names a published page');
  const { change, ref } = affected[0]!;
  await page.goto(`/${ref}/`);
  const note = page.getByRole('complementary', { name: /^Rule changes?$/ });
  await expect(note).toContainText(`${change.title},`);
  await note.getByRole('link', { name: `What changed: ${change.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/what-changed/#${change.id}$`));
  await expect(page.locator(`#${change.id}`)).toHaveText(change.title);
});

test('a page no rule change names has no rule change note', async ({ page }) => {
  test.skip(!untouched, 'every page is named by a rule change');
  await page.goto(`/${untouched!.ref}/`);
  await expect(page.locator('.rule-changes')).toHaveCount(0);
});
