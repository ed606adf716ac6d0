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

/** A loop of node ids, first id repeated at the end, or undefined. Iterative, so a long chain cannot overflow the stack. */
export function findCycle(routes: TreeRoutes): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  for (const root of [routes.start, ...Object.keys(routes.nodes)]) {
    if (state.has(root)) continue;
    // The path being explored, each node with the index of its next answer to follow.
    const path: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (path.length) {
      const top = path[path.length - 1]!;
      const option = routes.nodes[top.id]?.options?.[top.next++];
      if (!option) {
        state.set(top.id, 'done');
        path.pop();
        continue;
      }
      const seen = state.get(option.next);
      if (seen === 'open') return [...path.slice(path.findIndex((p) => p.id === option.next)).map((p) => p.id), option.next];
      if (seen === undefined) {
        state.set(option.next, 'open');
        path.push({ id: option.next, next: 0 });
      }
    }
  }
  return undefined;
}
