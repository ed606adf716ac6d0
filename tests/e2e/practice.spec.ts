/**
 * Practice questions with JavaScript on and off: a reader chooses, then sees whether the choice
 * was right and why; with JavaScript the page counts right answers, announces each result, and
 * stores and sends nothing. "Check your understanding" on guidance pages works without a script.
 */
import { expect, test } from '@playwright/test';
import { axeInBothSchemes, NOTHING_STORED, storedState, watch } from './site.ts';

test.describe('with JavaScript', () => {
  test('a reader checks a wrong answer and a right one, sees why, and the count of right answers', async ({ page }) => {
    const seen = watch(page);
    await page.goto('/practice/consent/');
    const questions = page.locator('[data-question]');
    const first = questions.nth(0);
    const second = questions.nth(1);
    const score = page.locator('.quiz-score');
    await expect(score).toContainText('no answers checked yet');

    // Checking with nothing chosen asks for a choice, and counts nothing.
    await first.getByRole('button', { name: 'Check answer' }).click();
    await expect(first.getByRole('status')).toHaveText('Choose an answer first.');

    // A wrong answer, chosen by keyboard: the result says so in words, marks both choices and opens the reasons.
    const wrong = first.locator('[data-choice]:not([data-correct])').first();
    await wrong.locator('input').focus();
    await page.keyboard.press('Space');
    await expect(wrong.locator('input')).toBeChecked();
    await first.getByRole('button', { name: 'Check answer' }).focus();
    await page.keyboard.press('Enter');
    const best = (await first.locator('[data-correct]').getAttribute('data-choice'))!.toUpperCase();
    await expect(first.getByRole('status')).toContainText(
      `Not the best answer. You chose ${(await wrong.getAttribute('data-choice'))!.toUpperCase()}; the best answer is ${best}.`,
    );
    await expect(first.locator('[data-correct]')).toContainText('Best answer');
    await expect(wrong).toContainText('Your answer');
    await expect(first.locator('details')).toHaveAttribute('open', '');
    await expect(first.locator('.quiz-why li')).toHaveCount(await first.locator('[data-choice]').count());

    // The right answer.
    await second.locator('[data-correct] label').click();
    await second.getByRole('button', { name: 'Check answer' }).click();
    await expect(second.getByRole('status')).toContainText('Right:');
    await expect(second.getByRole('status')).toContainText('1 of 2 right so far.');
    await expect(score).toHaveText(`Your score on this page: 1 right out of 2 checked (${await questions.count()} questions).`);

    // A checked question cannot be answered again; "Clear my answers" starts over.
    await expect(second.locator('input').first()).toBeDisabled();
    await page.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(score).toContainText('no answers checked yet');
    await expect(page.locator('.quiz-mark')).toHaveCount(0);

    expect(seen.foreign, 'requests to other origins').toEqual([]);
    expect(seen.consoleErrors, 'console errors').toEqual([]);
    expect(await storedState(page)).toEqual(NOTHING_STORED);
    // Nothing about the answers reaches the address either.
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
  });

  test('checked answers pass axe in light and dark', async ({ page }) => {
    await page.goto('/practice/mixed/');
    const questions = page.locator('[data-question]');
    await questions.nth(0).locator('[data-correct] input').check();
    await questions.nth(0).getByRole('button', { name: 'Check answer' }).click();
    await questions.nth(1).locator('[data-choice]:not([data-correct]) input').first().check();
    await questions.nth(1).getByRole('button', { name: 'Check answer' }).click();
    expect(await axeInBothSchemes(page)).toEqual([]);
  });

  test('every question has three to five choices, one marked best, on every practice page', async ({ page }) => {
    await page.goto('/practice/');
    const sets = await page.locator('.practice-sets a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(sets.length).toBeGreaterThanOrEqual(8);
    for (const path of sets) {
      await page.goto(path);
      const counts = await page
        .locator('[data-question]')
        .evaluateAll((qs) =>
          qs.map((q) => [q.querySelectorAll('[data-choice]').length, q.querySelectorAll('[data-choice][data-correct]').length]),
        );
      expect(counts.length, path).toBeGreaterThan(0);
      for (const [choices, best] of counts) {
        expect(choices, path).toBeGreaterThanOrEqual(3);
        expect(choices, path).toBeLessThanOrEqual(5);
        expect(best, path).toBe(1);
      }
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader chooses an answer, then opens the answer and reads why', async ({ page }) => {
    await page.goto('/practice/limits/');
    const question = page.locator('[data-question]').first();
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
    await question.locator('[data-correct] label').click();
    await expect(question.locator('[data-correct] input')).toBeChecked();
    const reasons = question.locator('.quiz-why');
    await expect(reasons).toBeHidden();
    await question.getByText('Show the answer').click();
    await expect(reasons).toBeVisible();
    await expect(question.locator('.quiz-q__best')).toContainText(
      `Best answer: ${(await question.locator('[data-correct]').getAttribute('data-choice'))!.toUpperCase()}.`,
    );
    await expect(question.locator('.quiz-q__more a').first()).toBeVisible();
  });

  test('a guidance page ends with up to three questions to check understanding, and loads no quiz script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/principles/consent/');
    const section = page.locator('section.check-understanding');
    await expect(section.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
    const count = await section.locator('[data-question]').count();
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
    await section.locator('[data-question]').first().getByText('Show the answer').click();
    await expect(section.locator('.quiz-why').first()).toBeVisible();
    await expect(section.getByRole('link', { name: /^Practice: / })).toBeVisible();
    expect(scripts).toEqual([]);
  });
});
