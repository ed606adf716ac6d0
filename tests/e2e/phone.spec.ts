/**
 * On a phone (375x740), under stress (issue 14): every question with all its answers, and every
 * verdict with its first step (and the numbers to call where someone may be hurt), fits the first
 * screen, with Back and Start again; the tool leaves no answers in the history or the address; an
 * odd address opens the start (issue 15); "Leave this site quickly" leaves no way back.
 * One page load per tree: the steps are opened by setting the address's fragment in the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { encodeAnswers, enumeratePaths } from '../../src/engine/resolve.ts';
import type { Tree } from '../../src/engine/types.ts';
import { toRoutes } from '../../src/engine/validate.ts';

const { trees, site } = checkContent(CONTENT_DIR);
const phones = site!.contacts.crisis_lines.filter((l) => l.phone).length;
const URGENT = new Set(['safety-first', 'must-report']);

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

/** For each step, the answers of the shortest route that reaches it (so Back has somewhere to go). */
function routesToEachStep(tree: Tree): Map<string, Record<string, string>> {
  const routes = new Map<string, Record<string, string>>([[tree.start, {}]]);
  for (const path of enumeratePaths(toRoutes(tree)).sort((a, b) => a.answers.length - b.answers.length)) {
    const answers: Record<string, string> = {};
    for (const [i, { node, value }] of path.answers.entries()) {
      answers[node] = value;
      const next = path.answers[i + 1]?.node ?? path.outcome;
      if (!routes.has(next)) routes.set(next, { ...answers });
    }
  }
  return routes;
}

interface Fit {
  node: string;
  verdict: string | undefined;
  /** What must be seen, each with its box's top and bottom on the screen. */
  boxes: { what: string; top: number; bottom: number }[];
  tel: number;
}

/** Opens `#fragment` in the page (none: as it is), waits for `node` to show, and measures what must be in the first screen. */
async function measure(page: Page, fragment: string | undefined, node: string): Promise<Fit> {
  return page.evaluate(
    async ({ fragment, node }) => {
      if (fragment !== undefined) location.hash = fragment;
      const section = document.querySelector<HTMLElement>(`[data-node="${CSS.escape(node)}"]`)!;
      for (let i = 0; i < 100 && section.hidden; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => requestAnimationFrame(r));
      const box = (what: string, el: Element | null | undefined) => {
        const r = el?.getBoundingClientRect();
        return { what, top: r ? r.top : -1, bottom: r ? r.bottom : Infinity };
      };
      const boxes = [];
      const verdict = section.dataset.verdict;
      if (verdict) {
        boxes.push(box('the verdict', section.querySelector('.outcome-panel')));
        boxes.push(box('the first step', section.querySelector('.tool-steps > li')));
      } else {
        boxes.push(box('the question', section.querySelector('.tool-heading')));
        for (const option of section.querySelectorAll('.tool-option')) boxes.push(box(`the answer “${option.textContent}”`, option));
      }
      for (const button of document.querySelectorAll<HTMLElement>('.tool-toolbar .tool-button'))
        if (!button.hidden) boxes.push(box(`the ${button.textContent} button`, button));
      const tel = [...section.querySelectorAll('a[href^="tel:"]')].filter((a) => {
        const r = a.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }).length;
      return { node, verdict, boxes, tel };
    },
    { fragment, node },
  );
}

const outside = (fit: Fit) => fit.boxes.filter((b) => b.top < 0 || b.bottom > 740).map((b) => `${fit.node}: ${b.what}`);

for (const tree of trees) {
  test(`${tree.id}: on a phone, every question with all its answers, and every verdict with its first step, fits the first screen`, async ({
    page,
  }) => {
    await page.goto(`/tools/${tree.id}/`);
    await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
    // The first question, as the page opens, without scrolling.
    const first = await measure(page, undefined, tree.start);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    expect(outside(first)).toEqual([]);

    const problems: string[] = [];
    for (const [node, answers] of routesToEachStep(tree)) {
      if (node === tree.start) continue;
      const fit = await measure(page, encodeAnswers(answers), node);
      problems.push(...outside(fit));
      // Back and Start again are there on every step after the first.
      if (fit.boxes.filter((b) => b.what.endsWith('button')).length !== 2) problems.push(`${node}: Back or Start again missing`);
      if (fit.verdict && URGENT.has(fit.verdict) && fit.tel < phones)
        problems.push(`${node}: ${fit.tel} of ${phones} numbers to call in the first screen`);
    }
    expect(problems).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const tree of trees) {
    test(`${tree.id}: each step opened by its address shows its question and answers, or its verdict and first step, in the screen`, async ({
      page,
    }) => {
      await page.goto(`/tools/${tree.id}/`);
      const problems: string[] = [];
      for (const node of tree.nodes.values()) {
        // Same page, another fragment: the browser shows that step (CSS :target) and scrolls to it.
        await page.goto(`/tools/${tree.id}/#${node.id}`);
        const section = page.locator(`[data-node="${node.id}"]`);
        const parts =
          node.kind === 'question'
            ? [section.locator('.tool-heading'), ...(await section.locator('.tool-option').all())]
            : [section.locator('.outcome-panel'), section.locator('.tool-steps > li').first()];
        for (const part of parts) {
          const box = await part.boundingBox();
          if (!box || box.y < 0 || box.y + box.height > 740) problems.push(`${node.id}: ${(await part.textContent())?.slice(0, 40)}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test('after walking a tool and pressing Start again, the history grew by at most one entry and the address holds no answers', async ({
  page,
}) => {
  const tree = trees.find((t) => t.id === 'may-i-share')!;
  const longest = enumeratePaths(toRoutes(tree)).sort((a, b) => b.answers.length - a.answers.length)[0]!;
  await page.goto(`/tools/${tree.id}/`);
  await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
  const before = await page.evaluate(() => history.length);
  for (const { node, value } of longest.answers) {
    await page.locator(`[data-node="${node}"] [data-option="${value}"]`).click();
    expect(new URL(page.url()).hash, `after answering ${node}`).toBe('');
  }
  await expect(page.locator(`[data-node="${longest.outcome}"]`)).toBeVisible();
  // A link asked for: copied, or (no clipboard here) put in the address's fragment.
  await page.locator(`[data-node="${longest.outcome}"]`).getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.getByRole('status').first()).toContainText(/Link copied|address bar/);
  // Back inside the tool still steps back.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator(`[data-node="${longest.answers.at(-1)!.node}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator(`[data-node="${tree.start}"]`)).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
  expect(new URL(page.url()).hash).toBe('');
});

test('an unknown or broken fragment opens the start of the tool, never a blank tool or every step', async ({ browser }) => {
  const tree = trees.find((t) => t.id === 'may-i-share')!;
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const fragment of ['%E0%A4%A', 'constructor', 'toString', '__proto__', 'nonsense', 'answers:constructor=x']) {
      await page.goto(`/tools/${tree.id}/#${fragment}`);
      if (javaScriptEnabled) await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
      await expect(page.locator('.tool-node:visible'), `#${fragment}`).toHaveCount(1);
      await expect(page.locator('.tool-node:visible'), `#${fragment}`).toHaveAttribute('data-node', tree.start);
      await page.goto('about:blank');
    }
    expect(errors).toEqual([]);
    await context.close();
  }
});

test('“Leave this site quickly” goes to another site and leaves no way Back to the tool', async ({ page }) => {
  // The neutral site is answered here, so the test sends nothing to another origin.
  await page.route(/^https:\/\/www\.google\.com\//, (route) => route.fulfill({ body: '<title>Neutral</title>', contentType: 'text/html' }));
  await page.goto('/');
  await page.goto('/tools/worried-about-safety/');
  await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
  const before = await page.evaluate(() => history.length);
  await page.getByRole('link', { name: 'Leave this site quickly' }).click();
  await expect(page).toHaveTitle('Neutral');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/');
});
