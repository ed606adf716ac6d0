/**
 * The flowchart layout over generated trees. In the build lane: ELK lays out each tree as the build
 * does, a second or so per run on a busy machine.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../src/engine/layout.ts';
import { validTree } from '../helpers/generated-trees.ts';
import { parseFixtureTree } from '../helpers/tree-fixtures.ts';

describe('generated trees', () => {
  it('the flowchart layout draws every question once and every answer as an arrow, labels clear of each other and of the boxes, arrows around the boxes, the start at the top left', async () => {
    type Box = { x: number; y: number; width: number; height: number };
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    await fc.assert(
      fc.asyncProperty(validTree, async (raw) => {
        const { tree } = parseFixtureTree(stringify(raw));
        const layout = (await layoutTree(tree!))!;
        // Each question once; each outcome once under every question that leads to it.
        expect(layout.nodes.map((n) => n.key).sort()).toEqual(
          [...tree!.nodes.values()]
            .flatMap((n) =>
              n.kind === 'question'
                ? [n.id, ...new Set(n.options.filter((o) => tree!.nodes.get(o.next)?.kind === 'outcome').map((o) => `${n.id}>${o.next}`))]
                : [],
            )
            .sort(),
        );
        const drawn = layout.edges.flatMap((e) => e.value.split(' ').map((v) => `${e.from}:${v}>${e.to}`)).sort();
        const options = [...tree!.nodes.values()]
          .flatMap((n) => (n.kind === 'question' ? n.options.map((o) => `${n.id}:${o.value}>${o.next}`) : []))
          .sort();
        expect(drawn).toEqual(options);
        const boxes = [...layout.nodes, ...layout.edges.map((e) => e.labelBox)];
        boxes.forEach((a, i) => {
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
          expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
          expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
        });
        for (const edge of layout.edges) {
          expect(edge.points.length).toBeGreaterThanOrEqual(2);
          for (let k = 1; k < edge.points.length; k++) {
            const [p, q] = [edge.points[k - 1]!, edge.points[k]!];
            expect(p.x === q.x || p.y === q.y).toBe(true);
            const segment = {
              x: Math.min(p.x, q.x),
              y: Math.min(p.y, q.y),
              width: Math.abs(p.x - q.x) || 0.01,
              height: Math.abs(p.y - q.y) || 0.01,
            };
            for (const n of layout.nodes) {
              if (n.key === edge.from || n.key === edge.target) continue;
              expect(overlap(segment, { x: n.x + 1, y: n.y + 1, width: n.width - 2, height: n.height - 2 })).toBe(false);
            }
          }
        }
        const start = layout.nodes.find((n) => n.key === tree!.start)!;
        expect(start.x).toBeLessThanOrEqual(12);
        expect(Math.min(...boxes.map((b) => b.y))).toBe(start.y);
      }),
      { numRuns: 50 },
    );
  });
});
