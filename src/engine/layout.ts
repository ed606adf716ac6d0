/**
 * The flowchart: graph data from a tree, laid out in layers at build time (no client
 * JavaScript). A tree is a DAG whose paths converge on shared outcomes, so a tidy tree would
 * repeat them; layers keep each node once. Layer = longest distance from the start (every edge
 * points down); order within a layer starts from discovery order and is refined by a few
 * barycentre sweeps to reduce crossings (Sugiyama's method, simplified).
 */
import type { Tree, TreeNode } from './types.ts';
import type { VerdictId } from './verdicts.ts';

export interface GraphNode {
  id: string;
  kind: 'question' | 'outcome';
  label: string;
  verdict?: VerdictId;
}

export interface GraphEdge {
  from: string;
  to: string;
  value: string;
  label: string;
}

export interface TreeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export function treeGraph(tree: Tree): TreeGraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const node of tree.nodes.values()) {
    nodes.push(graphNode(node));
    if (node.kind === 'question') {
      for (const option of node.options) edges.push({ from: node.id, to: option.next, value: option.value, label: option.label });
    }
  }
  return { nodes, edges };
}

function graphNode(node: TreeNode): GraphNode {
  return node.kind === 'question'
    ? { id: node.id, kind: 'question', label: node.question }
    : { id: node.id, kind: 'outcome', label: node.title, verdict: node.verdict };
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  layer: number;
}

/** One arrow; answers leading to the same node share it, so `value` and `label` may join several. */
export interface PlacedEdge extends GraphEdge {
  /** SVG path data. */
  d: string;
  labelX: number;
  labelY: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

export interface LayoutOptions {
  nodeWidth: number;
  /** Characters per line inside a box (the font is the reader's; this is an estimate). */
  charsPerLine: number;
  lineHeight: number;
  padding: number;
  gapX: number;
  gapY: number;
}

const DEFAULTS: LayoutOptions = { nodeWidth: 200, charsPerLine: 24, lineHeight: 18, padding: 12, gapX: 28, gapY: 64 };

export function layoutGraph(graph: TreeGraph, start: string, options: Partial<LayoutOptions> = {}): Layout {
  const o = { ...DEFAULTS, ...options };
  const layerOf = longestPathLayers(graph, start);
  const layers: string[][] = [];
  for (const node of graph.nodes) {
    const layer = layerOf.get(node.id);
    if (layer === undefined) continue;
    (layers[layer] ??= []).push(node.id);
  }
  orderLayers(layers, graph);

  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const placed = new Map<string, PlacedNode>();
  const widest = Math.max(...layers.map((l) => l.length));
  const width = widest * o.nodeWidth + (widest - 1) * o.gapX + 2 * o.gapX;
  let y = o.gapX;
  layers.forEach((ids, layer) => {
    const boxes = ids.map((id) => {
      const node = byId.get(id)!;
      const lines = wrap(node.label, o.charsPerLine);
      const extra = node.kind === 'outcome' ? 1 : 0; // the verdict line
      return { node, lines, height: (lines.length + extra) * o.lineHeight + 2 * o.padding };
    });
    const rowHeight = Math.max(...boxes.map((b) => b.height));
    const rowWidth = ids.length * o.nodeWidth + (ids.length - 1) * o.gapX;
    let x = (width - rowWidth) / 2;
    for (const box of boxes) {
      placed.set(box.node.id, { ...box.node, x, y, width: o.nodeWidth, height: box.height, lines: box.lines, layer });
      x += o.nodeWidth + o.gapX;
    }
    y += rowHeight + o.gapY;
  });

  // Answers that lead to the same node share one arrow, labelled with all of them; arrows leave
  // a question from points spread along its bottom edge, so their labels do not overlap.
  const bundles = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) bundles.set(`${edge.from}>${edge.to}`, [...(bundles.get(`${edge.from}>${edge.to}`) ?? []), edge]);
  const outgoing = new Map<string, string[]>();
  for (const key of bundles.keys()) {
    const from = key.split('>')[0]!;
    outgoing.set(from, [...(outgoing.get(from) ?? []), key]);
  }
  const edges = [...bundles.entries()].flatMap(([key, group]): PlacedEdge[] => {
    const first = group[0]!;
    const a = placed.get(first.from);
    const b = placed.get(first.to);
    if (!a || !b) return [];
    const siblings = outgoing.get(first.from) ?? [key];
    const slot = siblings.indexOf(key);
    const x1 = a.x + (a.width * (slot + 1)) / (siblings.length + 1);
    const y1 = a.y + a.height;
    const x2 = b.x + b.width / 2;
    const y2 = b.y;
    const bend = Math.max(24, (y2 - y1) / 2);
    return [
      {
        from: first.from,
        to: first.to,
        value: group.map((e) => e.value).join(' '),
        label: group.map((e) => e.label).join(' / '),
        d: `M${r(x1)},${r(y1)} C${r(x1)},${r(y1 + bend)} ${r(x2)},${r(y2 - bend)} ${r(x2)},${r(y2)}`,
        labelX: r(x1 + 4),
        labelY: r(y1 + 16),
      },
    ];
  });
  return { width: r(width), height: r(y - o.gapY + o.gapX), nodes: [...placed.values()], edges };
}

/** Layer = length of the longest path from the start, so every edge points down. */
function longestPathLayers(graph: TreeGraph, start: string): Map<string, number> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const next of out.get(id) ?? []) visit(next);
    order.push(id);
  };
  visit(start);
  const layer = new Map<string, number>([[start, 0]]);
  for (const id of order.reverse()) {
    for (const next of out.get(id) ?? []) layer.set(next, Math.max(layer.get(next) ?? 0, (layer.get(id) ?? 0) + 1));
  }
  return layer;
}

/** A few sweeps placing each node at the mean position of its parents, to cut crossings. */
function orderLayers(layers: string[][], graph: TreeGraph): void {
  const parents = new Map<string, string[]>();
  for (const e of graph.edges) parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let i = 1; i < layers.length; i++) {
      const position = (id: string) => {
        const ps = (parents.get(id) ?? []).map((p) => positionIn(layers, p)).filter((p) => p >= 0);
        return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : Number.MAX_SAFE_INTEGER;
      };
      const layer = layers[i]!;
      const keyed = layer.map((id, index) => ({ id, index, key: position(id) }));
      keyed.sort((a, b) => a.key - b.key || a.index - b.index);
      layers[i] = keyed.map((k) => k.id);
    }
  }
}

/** A node's horizontal position as a fraction of its layer's width, so layers of different sizes compare. */
function positionIn(layers: string[][], id: string): number {
  for (const layer of layers) {
    const i = layer.indexOf(id);
    if (i >= 0) return (i + 0.5) / layer.length;
  }
  return -1;
}

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}
