/** The embeddable tool in an iframe, as a learning platform shows it, with JavaScript on and off. */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';

const tree = checkContent(CONTENT_DIR).trees.find((t) => t.id === 'may-i-share')!;
const path = [...enumeratePaths(toRoutes(tree))].sort((a, b) => b.answers.length - a.answers.length)[0]!;

async function frameOn(page: Page, src: string) {
  const origin = new URL(page.context().pages()[0]?.url() || 'http://127.0.0.1:4322').origin;
  await page.setContent(
    `<!doctype html><title>Course</title><h1>Week 3</h1><iframe title="May I share this?" src="${origin}${src}" width="600" height="800"></iframe>`,
  );
  return page.frameLocator('iframe');
}

for (const javaScriptEnabled of [true, false]) {
  test(`the embedded tool reaches an outcome inside the frame, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    const frame = await frameOn(page, '/embed/may-i-share/');
    await expect(frame.locator(`[data-node="${tree.start}"]`)).toBeVisible();
    for (const a of path.answers) await frame.locator(`[data-node="${a.node}"] [data-option="${a.value}"]`).click();
    const outcome = frame.locator(`[data-node="${path.outcome}"]`);
    await expect(outcome).toBeVisible();
    // Links leave the frame for the full guide in a new tab.
    const links = outcome.locator('a[href^="/"], a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const target of await links.evaluateAll((els) => els.map((e) => e.getAttribute('target')))) expect(target).toBe('_blank');
    await context.close();
  });
}

test('only the embed pages may be framed: the full tool refuses to load in a frame', async ({ page }) => {
  await page.goto('/');
  await frameOn(page, '/tools/may-i-share/');
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await page.waitForTimeout(500);
  const framed = await frame
    ?.locator('decision-tool')
    .count()
    .catch(() => 0);
  expect(framed ?? 0).toBe(0);
});
