/**
 * The flowchart, laid out at build time by ELK (elkjs: the Eclipse Layout Kernel's layered
 * algorithm), so no JavaScript ships. Questions flow down from the start; edges are routed
 * orthogonally around the boxes, and each edge's label is placed by ELK, so labels never overlap
 * each other or a box. Text sizes are estimated from the characters (the reader's font is not
 * known at build time) with a generous width per character, so the estimate errs on the wide side.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { Tree } from './types.ts';
import { VERDICTS, type VerdictId } from './verdicts.ts';

export interface GraphNode {
  /** Unique in the chart: a question's id, or `question>outcome` for an outcome's box under that question. */
  key: string;
  /** The tree's node. */
  id: string;
  kind: 'question' | 'outcome';
  label: string;
  verdict?: VerdictId;
}

/** One arrow; answers leading to the same node share it, so `value` and `label` may join several. */
export interface GraphEdge {
  /** The question's id (and its box's key). */
  from: string;
  /** The tree node it leads to. */
  to: string;
  /** The key of the box it points at. */
  target: string;
  /** The answers' values, space-separated. */
  value: string;
  /** The answers' labels, joined by " / ". */
  label: string;
}

export interface TreeGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * The tree as boxes and arrows: each question once, with one arrow per node its answers lead to.
 * An outcome gets a box under each question that leads to it, so no arrow has to cross the chart
 * to a shared outcome (and the layout's cost stays linear in the answers: a box per arrow).
 */
export function treeGraph(tree: Tree): TreeGraph {
  const nodes: GraphNode[] = [];
  const edges = new Map<string, GraphEdge>();
  for (const node of tree.nodes.values()) {
    if (node.kind !== 'question') continue;
    nodes.push({ key: node.id, id: node.id, kind: 'question', label: node.question });
    for (const option of node.options) {
      const next = tree.nodes.get(option.next);
      if (!next) continue;
      const target = next.kind === 'question' ? next.id : `${node.id}>${next.id}`;
      const edge = edges.get(`${node.id}>${target}`);
      if (edge) {
        edge.value += ` ${option.value}`;
        edge.label += ` / ${option.label}`;
        continue;
      }
      edges.set(`${node.id}>${target}`, { from: node.id, to: next.id, target, value: option.value, label: option.label });
      if (next.kind === 'outcome') nodes.push({ key: target, id: next.id, kind: 'outcome', label: next.title, verdict: next.verdict });
    }
  }
  return { nodes, edges: [...edges.values()] };
}

/**
 * How much work the layout is: its boxes, plus the layers its arrows cross. A layered layout adds a
 * point for every layer an arrow crosses, so a question that answers far apart lead to costs more
 * than its box. Layers are counted by the longest path from the start (an upper bound of ELK's).
 */
export function chartCost(graph: TreeGraph, start: string): number {
  const out = new Map<string, string[]>();
  const incoming = new Map<string, number>();
  for (const e of graph.edges) {
    if (!out.has(e.from)) out.set(e.from, []);
    out.get(e.from)!.push(e.target);
    incoming.set(e.target, (incoming.get(e.target) ?? 0) + 1);
  }
  const layer = new Map<string, number>([[start, 0]]);
  const ready = [start];
  while (ready.length) {
    const key = ready.pop()!;
    for (const next of out.get(key) ?? []) {
      layer.set(next, Math.max(layer.get(next) ?? 0, layer.get(key)! + 1));
      const left = incoming.get(next)! - 1;
      incoming.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  let cost = graph.nodes.length;
  for (const e of graph.edges) cost += (layer.get(e.target) ?? 0) - (layer.get(e.from) ?? 0);
  return cost;
}

/** Above this the chart is not drawn (the outline still is): a 200-question chain costs about 800, a few seconds of layout. */
export const MAX_CHART_COST = 1000;

/** A block of text: its lines and its box, relative to the chart's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedNode extends GraphNode, Box {
  /** The label wrapped to the box. */
  lines: string[];
  /** The verdict's words, shown above an outcome's title. */
  verdictLabel?: string;
}

export interface PlacedEdge extends GraphEdge {
  /** The route, from the bottom of `from` to the top of `to`: straight segments between these points. */
  points: { x: number; y: number }[];
  /** SVG path data for `points`. */
  d: string;
  labelBox: Box;
  labelLines: string[];
}

export interface Layout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Sizes in CSS pixels; the stylesheet's font sizes (tool.css, "Flowchart") must match. */
export const TEXT = {
  node: { fontSize: 14, lineHeight: 18, padding: 10, maxWidth: 200, minWidth: 120 },
  label: { fontSize: 12, lineHeight: 15, padding: 3, maxWidth: 120 },
} as const;

/**
 * The width of a text in a sans-serif font, in ems, erring wide: per character, the widest of
 * common system fonts (DejaVu Sans, which Linux browsers fall back to, is the widest of them).
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (/[ .,:;'’!|()[\]ijlIft]/.test(ch)) ems += 0.4;
    else if (/[mwMW@%]/.test(ch)) ems += 1.0;
    else if (/[A-Z]/.test(ch)) ems += 0.78;
    else ems += 0.66;
  }
  return ems * fontSize;
}

/** Words wrapped to lines no wider than `maxWidth` (a word longer than that gets a line of its own). */
export function wrap(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The verdict line (13 px bold) is measured at the body size, 14 px, which covers it. */
const widest = (lines: string[], fontSize: number) => Math.max(0, ...lines.map((l) => textWidth(l, fontSize)));

/** Space around the chart, and the vertical distance between the horizontal runs of the start's arrows (startAtLeft). */
const PADDING = 12;
const SLOT = 10;

/** ELK's settings: layered, top to bottom, orthogonal edges, labels centred on their edges and given room of their own. */
const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.edgeLabels.placement': 'CENTER',
  // Answers in the order the tree lists them, left to right, unless crossings demand otherwise.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'LINEAR_SEGMENTS',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.labelNode': '8',
  'elk.layered.spacing.nodeNodeBetweenLayers': '28',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
  'elk.padding': `[top=${PADDING},left=${PADDING},bottom=${PADDING},right=${PADDING}]`,
};

const elk = new ELK();

/**
 * Lays the tree out: boxes sized to their wrapped text, edges routed around them, labels placed.
 * Undefined when the chart would cost more than MAX_CHART_COST to lay out.
 */
export async function layoutTree(tree: Tree): Promise<Layout | undefined> {
  const graph = treeGraph(tree);
  if (chartCost(graph, tree.start) > MAX_CHART_COST) return undefined;
  const { node: N, label: L } = TEXT;
  const nodes = new Map<string, PlacedNode>();
  for (const node of graph.nodes) {
    const lines = wrap(node.label, N.fontSize, N.maxWidth);
    const verdictLabel = node.verdict && VERDICTS[node.verdict].label;
    const textLines = lines.length + (verdictLabel ? 1 : 0);
    const width = Math.max(N.minWidth, widest(lines, N.fontSize), verdictLabel ? textWidth(verdictLabel, N.fontSize) : 0) + 2 * N.padding;
    nodes.set(node.key, {
      ...node,
      lines,
      verdictLabel,
      x: 0,
      y: 0,
      width: Math.ceil(width),
      height: textLines * N.lineHeight + 2 * N.padding,
    });
  }
  const labels = graph.edges.map((edge) => wrap(edge.label, L.fontSize, L.maxWidth));
  const input: ElkNode = {
    id: 'chart',
    layoutOptions: OPTIONS,
    children: [...nodes.values()].map(({ key, width, height }) => ({ id: key, width, height })),
    edges: graph.edges.map((edge, i): ElkExtendedEdge => ({
      id: `e${i}`,
      sources: [edge.from],
      targets: [edge.target],
      // A question leads straight down to the next question; outcomes hang beside.
      ...(edge.to === edge.target ? { layoutOptions: { 'elk.layered.priority.straightness': '10' } } : {}),
      labels: [
        {
          text: edge.label,
          layoutOptions: { 'elk.edgeLabels.inline': 'true' },
          width: Math.ceil(widest(labels[i]!, L.fontSize) + 2 * L.padding),
          height: labels[i]!.length * L.lineHeight + 2 * L.padding,
        },
      ],
    })),
  };
  const result = await elk.layout(input);
  for (const child of result.children ?? []) {
    const node = nodes.get(child.id)!;
    node.x = r(child.x ?? 0);
    node.y = r(child.y ?? 0);
  }
  const edges = graph.edges.map((edge, i): PlacedEdge => {
    const laid = result.edges?.[i];
    const section = laid?.sections?.[0];
    const points = section
      ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: r(p.x), y: r(p.y) }))
      : [];
    const label = laid?.labels?.[0];
    return {
      ...edge,
      points,
      d: '',
      labelBox: { x: r(label?.x ?? 0), y: r(label?.y ?? 0), width: label?.width ?? 0, height: label?.height ?? 0 },
      labelLines: labels[i]!,
    };
  });
  const layout = { width: Math.ceil(result.width ?? 0), height: Math.ceil(result.height ?? 0), nodes: [...nodes.values()], edges };
  startAtLeft(layout, tree.start);
  for (const edge of edges) edge.points = straighten(edge.points);
  for (const edge of edges) edge.d = edge.points.map((p, k) => `${k ? 'L' : 'M'}${p.x},${p.y}`).join(' ');
  return layout;
}

/**
 * Moves the start to the left edge, so that a reader sees it first however the frame is scrolled
 * (a phone shows only the chart's top-left corner). The start is the only node in the first
 * layer, so below it lies a band that only its own arrows cross: they are redrawn there, each
 * with a horizontal run at its own height, from the start's bottom to where ELK's route enters
 * the next layer. If the band is too short for the runs, everything below it moves down.
 */
function startAtLeft(layout: Layout, startId: string): void {
  const start = layout.nodes.find((n) => n.key === startId);
  if (!start) return;
  const bottom = start.y + start.height;
  const below = [...layout.nodes.filter((n) => n !== start), ...layout.edges.map((e) => e.labelBox)];
  const next = Math.min(...below.map((b) => b.y));
  const dx = PADDING - start.x;
  if (next < bottom || Math.abs(dx) < 1) return;
  const out = layout.edges.filter((e) => e.from === startId && e.points.length >= 2);
  // Where each arrow crosses into the next layer: the rest of its route stays as ELK drew it.
  const routes = out.map((edge) => {
    const k = edge.points.findIndex((p) => p.y > next);
    const tail = edge.points.slice(k);
    return { edge, port: edge.points[0]!.x + dx, x: tail[0]!.x, tail };
  });
  const turning = routes.filter((r) => Math.abs(r.x - r.port) >= 1);
  // Arrows going right turn in order from the rightmost port, arrows going left from the leftmost, so runs do not cross.
  turning.sort((a, b) => Number(b.x > b.port) - Number(a.x > a.port) || (a.x > a.port ? b.port - a.port : a.port - b.port));
  const needed = bottom + PADDING + Math.max(0, turning.length - 1) * SLOT + PADDING;
  const shift = Math.max(0, needed - next);
  if (shift) {
    for (const box of below) box.y = r(box.y + shift);
    for (const edge of layout.edges) for (const p of edge.points) if (p.y > bottom) p.y = r(p.y + shift);
    layout.height = Math.ceil(layout.height + shift);
  }
  start.x = PADDING;
  for (const route of routes) {
    const slot = turning.indexOf(route);
    const y = r(bottom + PADDING + slot * SLOT);
    route.edge.points =
      slot < 0
        ? [{ x: route.x, y: bottom }, ...route.tail]
        : [{ x: r(route.port), y: bottom }, { x: r(route.port), y }, { x: route.x, y }, ...route.tail];
  }
}

/**
 * Every segment horizontal or vertical: rounding ELK's coordinates can leave a one-pixel jog that
 * draws a slanted stroke, so a coordinate within 2 px of the point before takes that point's value,
 * and points that then repeat are dropped.
 */
function straighten(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const point of points) {
    const last = out.at(-1);
    const p = { ...point };
    if (last && Math.abs(p.x - last.x) <= 2) p.x = last.x;
    if (last && Math.abs(p.y - last.y) <= 2) p.y = last.y;
    if (!last || p.x !== last.x || p.y !== last.y) out.push(p);
  }
  return out;
}

/** Whole pixels: the SVG stays small, and a box and the arrow ending on it round alike. */
function r(n: number): number {
  return Math.round(n);
}
