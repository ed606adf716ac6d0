/**
 * The flowchart picture and its outline show exactly the tree (the paths the engine enumerates,
 * every answer an arrow), and the picture is readable: measured in the browser on what it draws,
 * no answer's label overlaps another label or a box, no arrow runs through a box, the text fits
 * its box, and on a phone the start is in view when the chart appears. One page load per tree.
 */
import { expect, test } from '@playwright/test';
import { CONTENT_DIR } from '../../src/config/paths.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { enumeratePaths } from '../../src/engine/resolve.ts';
import { toRoutes } from '../../src/engine/validate.ts';

const { trees } = checkContent(CONTENT_DIR);

for (const tree of trees) {
  test(`${tree.id}: the outline lists exactly the engine's paths, following its "go to part" links`, async ({ page }) => {
    await page.goto(`/flowcharts/${tree.id}/`);
    const outlined = await page.locator('.outline').evaluate((root) => {
      const paths: string[] = [];
      const walk = (el: Element, prefix: string[]) => {
        const node = el.querySelector(':scope > [data-outline-node]');
        const id = node?.getAttribute('data-outline-node') ?? '';
        if (node?.classList.contains('outline-outcome')) {
          paths.push(`${prefix.join(',')} → ${id}`);
          return;
        }
        for (const li of el.querySelectorAll(':scope > ul > li')) {
          const step = [...prefix, `${id}=${li.getAttribute('data-outline-option')}`];
          const ref = li.querySelector(':scope > .outline-goto > [data-outline-ref]');
          const part = ref && root.querySelector(`[data-outline-part="${ref.getAttribute('data-outline-ref')}"]`);
          // A "go to part" link must lead to that part, which starts with the question it names.
          if (
            ref &&
            part?.querySelector(':scope > [data-outline-node]')?.getAttribute('data-outline-node') !== ref.getAttribute('data-outline-ref')
          )
            throw new Error(`broken part link ${ref.getAttribute('href')}`);
          walk(part ?? li, step);
        }
      };
      walk(root.querySelector('[data-outline-part]')!, []);
      return paths;
    });
    const expected = enumeratePaths(toRoutes(tree)).map((p) => `${p.answers.map((a) => `${a.node}=${a.value}`).join(',')} → ${p.outcome}`);
    expect(outlined.sort()).toEqual(expected.sort());
    // Each question is written out once, however many answers lead to it.
    const written = await page
      .locator('.outline .outline-question')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-outline-node')));
    expect(written.sort()).toEqual(
      [...tree.nodes.values()]
        .filter((n) => n.kind === 'question')
        .map((n) => n.id)
        .sort(),
    );
  });

  test(`${tree.id}: the picture draws every question once and every answer as an arrow, labels clear of each other and of the boxes, arrows around the boxes`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto(`/flowcharts/${tree.id}/`);
    const svg = page.locator(`svg[data-flowchart="${tree.id}"]`);
    // Each question once; each outcome once under every question that leads to it.
    const boxes = await svg.locator('[data-fc-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fc-key')));
    const expectedBoxes = [...tree.nodes.values()].flatMap((n) =>
      n.kind === 'question'
        ? [n.id, ...new Set(n.options.filter((o) => tree.nodes.get(o.next)?.kind === 'outcome').map((o) => `${n.id}>${o.next}`))]
        : [],
    );
    expect(boxes.sort()).toEqual(expectedBoxes.sort());
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

    const problems = await svg.evaluate((root) => {
      type Box = { x: number; y: number; width: number; height: number };
      const box = (el: Element): Box => (el as SVGGraphicsElement).getBBox();
      const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      const inside = (a: Box, b: Box) =>
        a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
      const found: string[] = [];
      const nodes = [...root.querySelectorAll('[data-fc-node]')].map((el) => ({
        id: el.getAttribute('data-fc-key')!,
        box: box(el.querySelector('.fc-box')!),
        text: box(el.querySelector('.fc-text')!),
      }));
      for (const n of nodes) if (!inside(n.text, n.box)) found.push(`the text of ${n.id} spills out of its box`);
      const labels = [...root.querySelectorAll('.fc-label text')].map((el, i) => ({
        name: `label ${i} ("${el.textContent}")`,
        box: box(el),
      }));
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) found.push(`${a.name} overlaps ${b.name}`);
        for (const n of nodes) if (overlap(a.box, n.box)) found.push(`${a.name} overlaps the box ${n.id}`);
      });
      for (const edge of root.querySelectorAll('[data-edge-from]')) {
        const from = edge.getAttribute('data-edge-from');
        const to = edge.getAttribute('data-edge-target');
        const points = [...(edge.getAttribute('d') ?? '').matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({
          x: Number(m[1]),
          y: Number(m[2]),
        }));
        if (points.length < 2) found.push(`the arrow ${from}>${to} has no route`);
        for (let k = 1; k < points.length; k++) {
          const [p, q] = [points[k - 1]!, points[k]!];
          // The segment as a box one pixel thick (they are horizontal or vertical), against each box shrunk by a pixel.
          const seg = {
            x: Math.min(p.x, q.x) - 0.5,
            y: Math.min(p.y, q.y) - 0.5,
            width: Math.abs(p.x - q.x) + 1,
            height: Math.abs(p.y - q.y) + 1,
          };
          for (const n of nodes) {
            if (n.id === from || n.id === to) continue;
            const core = { x: n.box.x + 1, y: n.box.y + 1, width: n.box.width - 2, height: n.box.height - 2 };
            if (overlap(seg, core)) found.push(`the arrow ${from}>${to} runs through the box ${n.id}`);
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);

    // On a phone the chart scrolls in its own frame, and opens on the start.
    const frame = page.locator('.flowchart');
    await frame.scrollIntoViewIfNeeded();
    const start = await svg.locator(`[data-fc-node="${tree.start}"] .fc-box`).boundingBox();
    const view = await frame.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + el.clientLeft, y: r.y + el.clientTop, width: el.clientWidth, height: el.clientHeight };
    });
    expect(start!.x).toBeGreaterThanOrEqual(view.x);
    expect(start!.y).toBeGreaterThanOrEqual(view.y);
    expect(start!.x + start!.width).toBeLessThanOrEqual(view.x + view.width);
    expect(start!.y + start!.height).toBeLessThanOrEqual(view.y + view.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
}
