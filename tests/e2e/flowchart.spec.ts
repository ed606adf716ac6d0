/** The flowchart picture and its outline show exactly the tree: the paths the engine enumerates, every answer an arrow. */
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';

const { trees } = checkContent(CONTENT_DIR);

for (const tree of trees) {
  test(`${tree.id}: the outline lists exactly the engine's paths`, async ({ page }) => {
    await page.goto(`/flowcharts/${tree.id}/`);
    const outlined = await page.locator('.outline').evaluate((root) => {
      const paths: string[] = [];
      const walk = (el: Element, prefix: string[]) => {
        const question = el.querySelector(':scope > [data-outline-node]');
        const id = question?.getAttribute('data-outline-node') ?? '';
        if (question?.classList.contains('outline-outcome')) {
          paths.push(`${prefix.join(',')} → ${id}`);
          return;
        }
        for (const li of el.querySelectorAll(':scope > ul > li')) walk(li, [...prefix, `${id}=${li.getAttribute('data-outline-option')}`]);
      };
      const top = root.querySelector('.outline-question')!.parentElement!;
      walk(top, []);
      return paths;
    });
    const expected = enumeratePaths(toRoutes(tree)).map((p) => `${p.answers.map((a) => `${a.node}=${a.value}`).join(',')} → ${p.outcome}`);
    expect(outlined.sort()).toEqual(expected.sort());
  });

  test(`${tree.id}: the picture draws every node once and every answer as an arrow`, async ({ page }) => {
    await page.goto(`/flowcharts/${tree.id}/`);
    const svg = page.locator(`svg[data-flowchart="${tree.id}"]`);
    const nodes = await svg.locator('[data-fc-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fc-node')));
    expect(nodes.sort()).toEqual([...tree.nodes.keys()].sort());
    const arrows = await svg
      .locator('[data-edge-from]')
      .evaluateAll((els) =>
        els.flatMap((e) =>
          (e.getAttribute('data-edge-values') ?? '')
            .split(' ')
            .map((v) => `${e.getAttribute('data-edge-from')}:${v}>${e.getAttribute('data-edge-to')}`),
        ),
      );
    const answers = [...tree.nodes.values()].flatMap((n) =>
      n.kind === 'question' ? n.options.map((o) => `${n.id}:${o.value}>${o.next}`) : [],
    );
    expect(arrows.sort()).toEqual(answers.sort());
  });
}
