/** The answers of a tree as a graph: the routes the browser receives, what they reach, and loops. */
import type { Tree, TreeRoutes } from './types.ts';

/** The structural part of a tree that the browser needs. */
export function toRoutes(tree: Tree): TreeRoutes {
  const nodes: TreeRoutes['nodes'] = {};
  for (const node of tree.nodes.values()) {
    nodes[node.id] = node.kind === 'question' ? { options: node.options.map(({ value, next }) => ({ value, next })) } : {};
  }
  return { start: tree.start, nodes, renamed: tree.renamed };
}

export function reachableFrom(routes: TreeRoutes): Set<string> {
  const seen = new Set<string>();
  const stack = [routes.start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const option of routes.nodes[id]?.options ?? []) stack.push(option.next);
  }
  return seen;
}

/** A loop of node ids, first id repeated at the end, or undefined. */
export function findCycle(routes: TreeRoutes): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const option of routes.nodes[id]?.options ?? []) {
      const found = visit(option.next);
      if (found) return found;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of [routes.start, ...Object.keys(routes.nodes)]) {
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
