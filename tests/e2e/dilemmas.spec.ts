/**
 * A sample of the dilemma corpus walked through the built tools, as a reader would: clicking
 * each answer, with JavaScript on and off. The whole corpus runs through the engine in
 * tests/dilemmas; here every fourth walk (and at least one per tool) proves the pages give the
 * same verdicts. Each walk is its own test, so a slow machine never fails a long one.
 */
import { expect, test } from '@playwright/test';
import { dilemmaWalks, readDilemmas } from '../helpers/dilemmas.ts';

const walks = dilemmaWalks(readDilemmas());
const firstOfTool = new Set(walks.map((w) => w.tool).map((tool) => walks.findIndex((w) => w.tool === tool)));
const sample = walks.filter((_, i) => i % 4 === 0 || firstOfTool.has(i));

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const { dilemma, tool, answers } of sample) {
      test(`${dilemma.id} through ${tool} reaches ${dilemma.expected}`, async ({ page }) => {
        await page.goto(`/tools/${tool}/`);
        if (javaScriptEnabled) await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
        // Answer whatever question is showing, in the order the tool asks, until an outcome shows.
        for (let step = 0; step <= Object.keys(answers).length; step++) {
          const shown = page.locator('.tool-node:visible');
          await expect(shown).toHaveCount(1);
          const node = (await shown.getAttribute('data-node'))!;
          if (await shown.getAttribute('data-verdict')) break;
          expect(Object.keys(answers), `the case has no answer for ${node}`).toContain(node);
          await shown.locator(`[data-option="${answers[node]}"]`).click();
          await expect(page.locator(`[data-node="${node}"]`)).toBeHidden();
        }
        await expect(page.locator('.tool-node:visible')).toHaveAttribute('data-verdict', dilemma.expected);
      });
    }
  });
}
