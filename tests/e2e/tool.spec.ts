/** The "May I share this?" tool with JavaScript: one question at a time, Back, Change, Start again, links, focus. */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';
import { axeInBothSchemes, NOTHING_STORED, storedState, watch } from './site.ts';

const { trees, outcomes } = checkContent(CONTENT_DIR);
const tree = trees.find((t) => t.id === 'may-i-share')!;
const paths = enumeratePaths(toRoutes(tree));
// The longest path exercises Back and Change best.
const longest = [...paths].sort((a, b) => b.answers.length - a.answers.length)[0]!;

async function answer(page: Page, node: string, value: string) {
  await page.locator(`[data-node="${node}"] [data-option="${value}"]`).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto(`/tools/${tree.id}/`);
  await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
});

test('shows one question at a time and moves focus to each new question', async ({ page }) => {
  await expect(page.locator('.tool-node:visible')).toHaveCount(1);
  const [first, second] = longest.answers;
  await answer(page, first!.node, first!.value);
  const next = page.locator(`[data-node="${second!.node}"]`);
  await expect(next).toBeVisible();
  await expect(next.locator('.tool-heading')).toBeFocused();
  await expect(page.getByRole('status').first()).toContainText('Question 2');
  await expect(page.locator('.tool-node:visible')).toHaveCount(1);
});

test('Back returns to the previous question; Change reopens a question; Start again clears all', async ({ page }) => {
  for (const a of longest.answers) await answer(page, a.node, a.value);
  await expect(page.locator(`[data-node="${longest.outcome}"]`)).toBeVisible();
  const last = longest.answers.at(-1)!;

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator(`[data-node="${last.node}"]`)).toBeVisible();
  await expect(page.locator(`[data-node="${last.node}"] .tool-heading`)).toBeFocused();

  const answers = page.getByRole('region', { name: 'Your answers' });
  await expect(answers.getByRole('term')).toHaveCount(longest.answers.length - 1);
  const first = longest.answers[0]!;
  await answers
    .getByRole('button', { name: /^Change/ })
    .first()
    .click();
  await expect(page.locator(`[data-node="${first.node}"]`)).toBeVisible();
  await expect(answers).toBeHidden();

  await answer(page, first.node, first.value);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator(`[data-node="${tree.start}"]`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeHidden();
});

test('a copied link reopens the same result, with the answers only in the fragment', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const a of longest.answers) await answer(page, a.node, a.value);
  await page.locator(`[data-node="${longest.outcome}"]`).getByRole('button', { name: 'Copy link to this result' }).click();
  await expect(page.getByRole('status').first()).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#answers:/);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator(`[data-node="${longest.outcome}"]`)).toBeVisible();
  await expect(other.getByRole('region', { name: 'Your answers' }).getByRole('term')).toHaveCount(longest.answers.length);
});

test('works by keyboard alone', async ({ page }) => {
  const first = longest.answers[0]!;
  await page.locator(`[data-node="${first.node}"] [data-option="${first.value}"]`).focus();
  await page.keyboard.press('Enter');
  const second = longest.answers[1]!;
  await expect(page.locator(`[data-node="${second.node}"] .tool-heading`)).toBeFocused();
  // From the focused heading, Tab reaches the first answer.
  let reached = false;
  for (let i = 0; i < 5 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-option') ?? false);
  }
  expect(reached).toBe(true);
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a path can be answered by tapping, with touch targets at least 44 px tall', async ({ page }) => {
    await page.goto(`/tools/${tree.id}/`);
    await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
    for (const a of longest.answers) {
      const option = page.locator(`[data-node="${a.node}"] [data-option="${a.value}"]`);
      const box = await option.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await option.tap();
    }
    await expect(page.locator(`[data-node="${longest.outcome}"]`)).toBeVisible();
  });
});

for (const each of trees) {
  const eachPaths = enumeratePaths(toRoutes(each));

  test(`${each.id}: reaches every verdict, keeps the address unchanged, sends nothing and stores nothing`, async ({ page }) => {
    const seen = watch(page);
    const byVerdict = new Map<string, (typeof eachPaths)[number]>();
    for (const p of eachPaths) {
      const node = each.nodes.get(p.outcome);
      if (node?.kind === 'outcome' && !byVerdict.has(node.verdict)) byVerdict.set(node.verdict, p);
    }
    for (const [verdict, path] of byVerdict) {
      await page.goto(`/tools/${each.id}/`);
      await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
      for (const a of path.answers) await page.locator(`[data-node="${a.node}"] [data-option="${a.value}"]`).click();
      const outcome = page.locator(`[data-node="${path.outcome}"]`);
      await expect(outcome).toBeVisible();
      await expect(outcome).toHaveAttribute('data-verdict', verdict);
      expect(new URL(page.url()).hash).toBe('');
    }
    expect(await storedState(page)).toEqual(NOTHING_STORED);
    expect(seen.foreign).toEqual([]);
    // No answer ever appears in a requested address.
    const answers = new Set(eachPaths.flatMap((p) => p.answers.map((a) => `${a.node}=`)));
    for (const url of seen.requested) for (const a of answers) expect(url).not.toContain(a);
  });
}

// Every node state through axe, in light and dark. A shared outcome has the same markup in every
// tool, so it is checked in the first tool that uses it. A few nodes per test, each opened by its
// address without reloading the page, keep each test short on a slow machine (issue 16).
const checked = new Set<string>();
const AXE_CHUNK = 12;
for (const each of trees) {
  const ids = [...each.nodes.keys()].filter((id) => !(outcomes.has(id) && checked.has(id)));
  ids.forEach((id) => checked.add(id));
  for (let i = 0; i < ids.length; i += AXE_CHUNK) {
    const chunk = ids.slice(i, i + AXE_CHUNK);
    test(`${each.id}: axe finds nothing in node states ${i + 1}–${i + chunk.length} of ${ids.length}, in light and dark`, async ({
      page,
    }) => {
      await page.goto(`/tools/${each.id}/`);
      await expect(page.locator('decision-tool[data-enhanced]')).toBeAttached();
      for (const id of chunk) {
        await page.evaluate((node) => (location.hash = node), id);
        await expect(page.locator(`[data-node="${id}"]`)).toBeVisible();
        expect(await axeInBothSchemes(page), id).toEqual([]);
      }
    });
  }
}

test('an outcome puts what to do now before why, and a crisis outcome starts with the call to make', async ({ page }) => {
  await page.goto('/tools/worried-about-safety/#self-danger-now');
  const outcome = page.locator('[data-node="self-danger-now"]');
  await expect(outcome.locator('h3').first()).toHaveText('What to do now');
  await expect(outcome.locator('ol > li').first()).toContainText('911');
  await expect(outcome.locator('ol > li').first()).toContainText('988');
});
