/**
 * The build's cost grows with a tree's nodes and answers, never with its routes (issue 15): a
 * yes/no checklist of n questions has 2^n routes, a chain of n questions is n deep. The check,
 * the outline, the flowchart's layout and the review script's route count stay linear; one real
 * build of a site with large trees measures the pages; a tree over the size limit is refused by
 * the check (and so by the build) with its file and the limit.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBaseline, renderRoutes } from '../../scripts/routes.ts';
import { checkContent } from '../../src/content/check-content.ts';
import { findCycle } from '../../src/engine/graph.ts';
import { chartCost, layoutTree, MAX_CHART_COST, treeGraph } from '../../src/engine/layout.ts';
import { MAX_NESTING, treeOutline, type OutlineAnswer, type OutlineQuestion } from '../../src/engine/outline.ts';
import { countPaths, enumeratePaths } from '../../src/engine/resolve.ts';
import { checkTreeSafety } from '../../src/engine/safety-paths.ts';
import type { TreeRoutes } from '../../src/engine/types.ts';
import { MAX_TREE_NODES, toRoutes } from '../../src/engine/validate.ts';
import { copySite, siteCopies } from '../helpers/fixture-site.ts';
import { buildEnv, ROOT } from '../helpers/fork-site.ts';
import { BASELINE_OUTCOMES, chainTreeYaml, checklistTreeYaml, parseFixtureTree } from '../helpers/tree-fixtures.ts';

const newSite = siteCopies();
const brotli = (text: string | Buffer) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The minimal site with a 200-question chain, a 400-question chain and a 40-question checklist, checked as the build checks it. */
const large = (() => {
  const site = newSite();
  site.write('guide/trees/chain-200.yaml', chainTreeYaml(200));
  site.write('guide/trees/chain-400.yaml', chainTreeYaml(400));
  site.write('guide/trees/checklist-40.yaml', checklistTreeYaml(40));
  const check = checkContent(site.dir, site.dir);
  return { check, tree: (id: string) => check.trees.find((t) => t.id === id)! };
})();

/** Every question the outline writes out, and every answer it lists. */
function outlineCounts(parts: ReturnType<typeof treeOutline>): { questions: string[]; answers: number } {
  const questions: string[] = [];
  let answers = 0;
  const stack: OutlineQuestion[] = parts.map((p) => p.question);
  while (stack.length) {
    const q = stack.pop()!;
    questions.push(q.node.id);
    answers += q.answers.length;
    for (const a of q.answers) if ('question' in a.then) stack.push(a.then.question);
  }
  return { questions, answers };
}

/** A random tree of up to 200 questions whose answers lead to any later question or outcome: shared questions, far jumps, 2^n routes. */
const largeTree = fc
  .record({
    questions: fc.integer({ min: 2, max: 200 }),
    seed: fc.array(fc.nat(), { minLength: 100, maxLength: 100 }),
  })
  .map(({ questions, seed }) => {
    let i = 0;
    const pick = (n: number) => seed[i++ % seed.length]! % n;
    const nodes: Record<string, unknown> = {};
    for (let q = 0; q < questions; q++) {
      const later = questions - q - 1;
      const count = 2 + pick(3);
      const options = Array.from({ length: count }, (_, k) => {
        // The next question always, so every question is reachable; otherwise any later question or an outcome.
        const target = k === 0 && later ? `q${q + 1}` : later && pick(3) ? `q${q + 1 + pick(later)}` : `o${pick(4)}`;
        return { value: `a${k}`, label: k === 1 ? 'They may hurt someone' : `Answer ${k}`, next: target };
      });
      nodes[`q${q}`] = { question: `Question ${q}?`, options };
    }
    for (let o = 0; o < 4; o++) {
      nodes[`o${o}`] = {
        verdict: 'share',
        facts: { consent: 'written' },
        title: `Outcome ${o}`,
        body: 'Because.',
        next_steps: ['Do this.'],
        sources: ['hipaa-164-510-b'],
      };
    }
    const used = new Set(Object.values(nodes).flatMap((n) => ((n as { options?: { next: string }[] }).options ?? []).map((o) => o.next)));
    for (let o = 0; o < 4; o++) if (!used.has(`o${o}`)) delete nodes[`o${o}`];
    return stringify({ title: 'Large', summary: 'A large generated tree.', start: 'q0', nodes });
  });

describe('large trees without a build', () => {
  // The checklist has 2^40 routes: a check that walked them would never finish (the test would time out).
  it('the check passes a 200-question chain, a 400-question chain and a 40-question yes/no checklist', () => {
    expect(large.check.problems).toEqual([]);
    expect(large.check.trees.map((t) => t.id)).toEqual(expect.arrayContaining(['chain-200', 'chain-400', 'checklist-40']));
  });

  it(`the check refuses a 1,500-question chain, naming the file and the limit of ${MAX_TREE_NODES} nodes, without crashing`, () => {
    const site = newSite();
    site.write('guide/trees/chain-1500.yaml', chainTreeYaml(1500));
    const { problems } = checkContent(site.dir, site.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'guide/trees/chain-1500.yaml', where: 'nodes', line: 4 });
    expect(problems[0]!.message).toBe('The tree has 1500 nodes (questions and outcomes), more than the 500 a tree may have.');
    expect(problems[0]!.fix).toContain('Split it into smaller trees');
  });

  it('the outline writes each question once and each answer once, and the layout cost counts boxes and arrows, on random trees of up to 200 questions', () => {
    fc.assert(
      fc.property(largeTree, (text) => {
        const { tree, problems } = parseFixtureTree(text);
        expect(problems).toEqual([]);
        const questions = [...tree!.nodes.values()].filter((n) => n.kind === 'question');
        const { questions: written, answers } = outlineCounts(treeOutline(tree!));
        expect(written.sort()).toEqual(questions.map((q) => q.id).sort());
        expect(answers).toBe(questions.reduce((n, q) => n + q.options.length, 0));
        // The picture: a box per question and per question-and-outcome, an arrow per answer at most.
        const graph = treeGraph(tree!);
        expect(graph.nodes.length).toBeLessThanOrEqual(questions.length + answers);
        expect(graph.edges.length).toBeLessThanOrEqual(answers);
        // The harm walk reports each outcome at most once (and the start's missing way to help), however many routes.
        expect(checkTreeSafety(tree!, () => ({ file: 'test-tree.yaml' })).length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 25 },
    );
  });

  it(`the outline nests at most ${MAX_NESTING} questions deep: a 200-question chain comes in parts`, () => {
    const parts = treeOutline(large.tree('chain-200'));
    expect(parts).toHaveLength(20);
    // The first part: question 1, and under its "No" question 2, and so on down to the deepest nesting.
    const nested: string[] = [];
    let q: OutlineQuestion | undefined = parts[0]!.question;
    while (q) {
      nested.push(q.node.id);
      const next: OutlineAnswer['then'] | undefined = q.answers.find((a) => 'question' in a.then)?.then;
      q = next && 'question' in next ? next.question : undefined;
    }
    expect(nested).toHaveLength(MAX_NESTING);
    expect(parts[1]!.question.node.id).toBe(`q${MAX_NESTING + 1}`);
  });

  it('routes are counted, not listed: 2^40 for a 40-question checklist, and a 100,000-deep chain neither loops nor overflows', () => {
    expect(countPaths(toRoutes(large.tree('checklist-40')))).toBe(2 ** 40 + 1);
    const nodes: TreeRoutes['nodes'] = { end: {} };
    for (let i = 0; i < 100_000; i++) nodes[`q${i}`] = { options: [{ value: 'next', next: i + 1 < 100_000 ? `q${i + 1}` : 'end' }] };
    const deep: TreeRoutes = { start: 'q0', nodes };
    expect(findCycle(deep)).toBeUndefined();
    expect(countPaths(deep)).toBe(1);
    expect(enumeratePaths(deep)[0]!.answers).toHaveLength(100_000);
    nodes.end = { options: [{ value: 'again', next: 'q0' }] };
    expect(findCycle(deep)).toHaveLength(100_002);
  });

  it('npm run routes stops on a tree with too many routes to review, naming the file', () => {
    const site = newSite();
    site.write('guide/trees/checklist-40.yaml', checklistTreeYaml(40));
    expect(() => renderRoutes(checkBaseline(site.dir))).toThrow(
      /^content\/guide\/trees\/checklist-40\.yaml has over a trillion routes from the first question to an outcome, more than the 5,000 that npm run routes lists/,
    );
  });
});

/** One real build of the baseline with four large trees added (n and 2n of each shape). */
describe('a real build with large trees', () => {
  const site = copySite(join(ROOT, 'content'));
  const out = join(site.dir, 'dist');
  const sizes = { chain: [100, 200], checklist: [20, 40] } as const;
  let log = '';
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
  /** The part of a page between an opening tag that matches `start` and its closing tag `end` (which it does not contain). */
  const slice = (html: string, start: RegExp, end: string) => {
    const from = html.search(start);
    expect(from).toBeGreaterThan(0);
    return html.slice(from, html.indexOf(end, from) + end.length);
  };

  beforeAll(() => {
    for (const n of sizes.chain) site.write(`guide/trees/chain-${n}.yaml`, chainTreeYaml(n, BASELINE_OUTCOMES));
    for (const n of sizes.checklist) site.write(`guide/trees/checklist-${n}.yaml`, checklistTreeYaml(n, BASELINE_OUTCOMES));
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: buildEnv({ GUIDE_CONTENT_DIR: site.dir }),
      encoding: 'utf8',
    });
    log = run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(`the site did not build:\n${log}`);
  }, 240_000);
  afterAll(() => site.cleanup());

  // How long the build takes is measured by `npm run bench`, not here; a build that grew with the routes would not finish.
  it('builds, and the pages of a 200-question chain and a 40-question checklist stay within 24 KB of HTML and the tool budget of 8 KB of JavaScript (brotli)', () => {
    const report: string[] = [];
    for (const id of ['chain-200', 'checklist-40']) {
      for (const kind of ['flowcharts', 'tools', 'embed']) {
        const html = page(`${kind}/${id}`);
        const scripts = [...html.matchAll(/<script[^>]*src="\/([^"]+\.js)"/g)].map((m) => brotli(readFileSync(join(out, m[1]!))));
        const js = scripts.reduce((a, b) => a + b, 0);
        report.push(
          `${kind}/${id}: ${Math.round(html.length / 1024)} KiB, ${(brotli(html) / 1024).toFixed(1)} KiB brotli, JS ${(js / 1024).toFixed(1)} KiB`,
        );
        expect(brotli(html), `${kind}/${id} HTML (brotli)`).toBeLessThanOrEqual(24 * 1024);
        expect(js, `${kind}/${id} JavaScript (brotli)`).toBeLessThanOrEqual(8 * 1024);
      }
    }
    // Both are drawn (no "too many steps" sentence instead of the picture).
    expect(page('flowcharts/chain-200')).toContain('data-flowchart="chain-200"');
    expect(page('flowcharts/checklist-40')).toContain('data-flowchart="checklist-40"');
    console.log(`large trees: ${report.join('; ')}`);
  });

  it('the flowchart picture and the outline grow linearly: twice the questions, at most 2.3 times the markup', () => {
    for (const [shape, [n, twice]] of Object.entries(sizes)) {
      const svg = (size: number) => slice(page(`flowcharts/${shape}-${size}`), /<svg[^>]*data-flowchart=/, '</svg>').length;
      const outline = (size: number) => slice(page(`flowcharts/${shape}-${size}`), /<section[^>]*class="[^"]*outline/, '</section>').length;
      expect(svg(twice) / svg(n), `${shape} picture`).toBeLessThan(2.3);
      expect(outline(twice) / outline(n), `${shape} outline`).toBeLessThan(2.3);
      expect(outline(twice) / outline(n), `${shape} outline`).toBeGreaterThan(1.5);
    }
  });
});

describe('the build of a tree over the size limit', () => {
  it('stops before building, with the file and the limit, and no stack trace', () => {
    const site = newSite();
    site.write('guide/trees/chain-1500.yaml', chainTreeYaml(1500));
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', join(site.dir, 'dist')],
      {
        cwd: ROOT,
        env: buildEnv({ GUIDE_CONTENT_DIR: site.dir }),
        encoding: 'utf8',
      },
    );
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain('guide/trees/chain-1500.yaml:4 → nodes');
    expect(output).toContain('more than the 500 a tree may have');
    expect(output).toContain('The site was not built.');
    expect(output).not.toMatch(/Stack trace|    at .*\.(ts|js):\d+/);
  }, 60_000);
});

it(`the picture's layout cost counts boxes and the layers arrows cross; a tree over ${MAX_CHART_COST} gets no picture, and still its outline`, async () => {
  const chain = large.tree('chain-200');
  const graph = treeGraph(chain);
  // In a chain every arrow crosses one layer.
  expect(chartCost(graph, chain.start)).toBe(graph.nodes.length + graph.edges.length);
  expect(chartCost(graph, chain.start)).toBeLessThanOrEqual(MAX_CHART_COST);
  const longer = large.tree('chain-400');
  expect(chartCost(treeGraph(longer), longer.start)).toBeGreaterThan(MAX_CHART_COST);
  expect(await layoutTree(longer)).toBeUndefined();
  expect(outlineCounts(treeOutline(longer)).questions).toHaveLength(400);
});
