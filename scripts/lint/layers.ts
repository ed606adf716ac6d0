/**
 * The layers of src/ and the one direction imports may take (CONTRIBUTING.md draws the picture).
 * An ESLint rule, so editors show a wrong import as it is typed and `npm run lint` fails CI on it:
 * - a back-edge: a file importing from a layer its own layer may not use (the engine reading the
 *   content loader, say), reported at the import with the layers it may use;
 * - a cycle: files that import each other, directly or round a loop, reported at the import that
 *   closes it, with the loop spelt out.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Rule } from 'eslint';

/** Each layer of src/, and the layers below it that it may import (besides itself). */
export const LAYERS: Record<string, readonly string[]> = {
  core: [],
  styles: [],
  engine: ['core'],
  search: ['core'],
  markdown: ['core'],
  config: ['core'],
  widget: ['core', 'engine'],
  content: ['core', 'engine', 'config', 'search', 'markdown'],
  lib: ['core', 'engine', 'config', 'content', 'search', 'markdown'],
  integrations: ['core', 'engine', 'config', 'content', 'search', 'markdown', 'lib'],
  components: ['core', 'styles', 'engine', 'config', 'content', 'search', 'markdown', 'lib', 'widget'],
  layouts: ['core', 'styles', 'engine', 'config', 'content', 'search', 'markdown', 'lib', 'widget', 'components'],
  pages: ['core', 'styles', 'engine', 'config', 'content', 'search', 'markdown', 'lib', 'widget', 'components', 'layouts'],
};

const SOURCE = /\.(ts|astro|mjs|js)$/;
// Static imports and re-exports (`import x from '…'`, `import '…'`, `export … from '…'`) and dynamic `import('…')`.
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/gm;

/** The layer of a file under `src`, or undefined for files at its top (content.config.ts) that may import anything. */
export function layerOf(file: string, src: string): string | undefined {
  const path = relative(src, file);
  if (path.startsWith('..') || !path.includes(sep)) return undefined;
  return path.split(sep)[0];
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(from), specifier);
  for (const candidate of [target, `${target}.ts`, join(target, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every relative import of every source file under `src`: file → the files it imports. */
export function importGraph(src: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((m) => resolveImport(file, m[1] ?? m[2] ?? m[3] ?? ''))
      .filter((t): t is string => t !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file (or a file importing itself): each is a cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative so that a long chain of imports cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1 || edges.includes(frame.node)) found.push(component.reverse());
      }
    }
  }
  return found;
}

/** The folder whose top-level folders are the layers: the nearest `src` above the file. */
function srcOf(file: string): string | undefined {
  let dir = dirname(file);
  while (dir !== dirname(dir)) {
    if (dir.endsWith(`${sep}src`)) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

const cyclesBySrc = new Map<string, Map<string, string[]>>();

/** The cycle a file is in, as its files relative to `src` (computed once per src folder per lint run). */
function cycleOf(src: string, file: string): string[] | undefined {
  let byFile = cyclesBySrc.get(src);
  if (!byFile) {
    byFile = new Map();
    for (const component of cycles(importGraph(src))) {
      const names = component.map((f) => relative(src, f));
      for (const member of component) byFile.set(member, names);
    }
    cyclesBySrc.set(src, byFile);
  }
  return byFile.get(file);
}

export const layersRule: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports in src/ go one way, down the layers in CONTRIBUTING.md, and never round a cycle.' },
    schema: [],
  },
  create(context) {
    // A <script> in an .astro file is linted as a virtual file inside it (Tool.astro/1_1.ts).
    const file = context.filename.replace(/(\.astro)[/\\].*$/, '$1');
    const src = srcOf(file);
    if (!src) return {};
    const layer = layerOf(file, src);
    const allowed = layer === undefined ? undefined : LAYERS[layer];
    const cycle = cycleOf(src, file);

    function check(node: Rule.Node, specifier: unknown) {
      if (typeof specifier !== 'string') return;
      const target = resolveImport(file, specifier);
      if (!target) return;
      const targetLayer = layerOf(target, src!);
      if (layer !== undefined && targetLayer !== undefined && targetLayer !== layer) {
        if (!allowed) {
          context.report({
            node,
            message: `src/${layer}/ is not a known layer: add it to LAYERS in scripts/lint/layers.ts and to CONTRIBUTING.md.`,
          });
        } else if (!allowed.includes(targetLayer)) {
          context.report({
            node,
            message: `src/${layer}/ may not import from src/${targetLayer}/ (a back-edge: ${layer} may use only ${allowed.length > 0 ? allowed.join(', ') : 'itself'}). Move what both need down to src/core/, or pass it in as an argument.`,
          });
        }
      }
      if (cycle && cycleOf(src!, target) === cycle) {
        context.report({
          node,
          message: `An import cycle: ${[...cycle, cycle[0]].join(' → ')}. Move what the files share into a module both import.`,
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
