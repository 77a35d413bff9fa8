/**
 * State diagrams of workflow machines, without a browser: walks `machine.root` and emits
 * Mermaid `stateDiagram-v2` text or Graphviz DOT text; `renderSvg` lays DOT out with
 * Graphviz compiled to WebAssembly (@viz-js/viz).
 *
 * Edges: every `on` transition (label: the event type, plus `[guard]` when guarded), every
 * `always` transition (label `always`), every `after` transition (label `after <delay name>`).
 * A transition without a target is drawn as a self loop (in these workflows such transitions
 * record something without moving, e.g. a vote cast). The internal initial state `start` is
 * not drawn as a state: it is the initial pseudo-state (`[*]` in Mermaid, a dot in DOT).
 */
import type { Viz } from '@viz-js/viz';
import type { AnyStateMachine } from 'xstate';

type Node = AnyStateMachine['root'];

export interface DiagramOptions {
  /** A state to mark, as `stateName()` gives it: `active`, `parent.child`, or several joined by commas. */
  highlight?: string | undefined;
}

interface Edge {
  from: Node;
  to: Node;
  label: string;
}

const HIGHLIGHT_FILL = '#ffd54f';
const HIGHLIGHT_STROKE = '#e65100';
const INITIAL_STATE = 'start';

// ---------------------------------------------------------------------------------------------
// The model: nodes and edges, in document order.

function children(node: Node): Node[] {
  return Object.values(node.states).sort((a, b) => a.order - b.order);
}

function allNodes(node: Node): Node[] {
  return children(node).flatMap((child) => [child, ...allNodes(child)]);
}

function isContainer(node: Node): boolean {
  return node.type === 'compound' || node.type === 'parallel';
}

function guardLabel(guard: unknown): string {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const combinator = guard as { name?: string; guards?: unknown };
    if (Array.isArray(combinator.guards)) {
      const parts = combinator.guards.map((g: unknown) => {
        const label = guardLabel(g);
        return /\s/.test(label) ? `(${label})` : label;
      });
      if (combinator.name === 'not') return `!${parts.join('')}`;
      if (combinator.name === 'or') return parts.join(' || ');
      return parts.join(' && ');
    }
    return combinator.name || 'guard';
  }
  if (typeof guard === 'object' && guard !== null && typeof (guard as { type?: unknown }).type === 'string') {
    return (guard as { type: string }).type;
  }
  return 'guard';
}

function eventLabel(eventType: string): string {
  if (eventType.startsWith('xstate.done.state.')) return 'done';
  if (eventType.startsWith('xstate.done.actor.')) return 'actor done';
  if (eventType.startsWith('xstate.error.actor.')) return 'actor error';
  return eventType;
}

interface TransitionLike {
  target: readonly Node[] | undefined;
  guard?: unknown;
}

function edgesOf(source: Node, base: string, transitions: readonly TransitionLike[]): Edge[] {
  return transitions.flatMap((t) => {
    const label = t.guard === undefined ? base : `${base} [${guardLabel(t.guard)}]`;
    const targets = t.target && t.target.length > 0 ? t.target : [source];
    return targets.map((to) => ({ from: source, to, label }));
  });
}

function nodeEdges(node: Node): Edge[] {
  const edges: Edge[] = [];
  for (const [eventType, transitions] of node.transitions) {
    if (eventType.startsWith('xstate.after.')) continue; // drawn from `node.after`, with the delay's name
    edges.push(...edgesOf(node, eventLabel(eventType), transitions));
  }
  edges.push(...edgesOf(node, 'always', node.always ?? []));
  for (const delayed of node.after) {
    const delay = typeof delayed.delay === 'number' ? `${delayed.delay}ms` : typeof delayed.delay === 'string' ? delayed.delay : 'delay';
    edges.push(...edgesOf(node, `after ${delay}`, [delayed]));
  }
  return edges;
}

function allEdges(machine: AnyStateMachine): Edge[] {
  const seen = new Set<string>();
  return [machine.root, ...allNodes(machine.root)].flatMap(nodeEdges).filter((edge) => {
    const key = `${edge.from.id}\u0000${edge.to.id}\u0000${edge.label}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The root's initial state when it is the internal `start` state (and nothing leads back to it). */
function hiddenStart(machine: AnyStateMachine, edges: readonly Edge[]): Node | null {
  const first = machine.root.initial.target[0];
  if (!first || first.key !== INITIAL_STATE || isContainer(first)) return null;
  return edges.some((e) => e.to === first) ? null : first;
}

function highlighted(machine: AnyStateMachine, highlight: string | undefined): Set<Node> {
  const wanted = new Set((highlight ?? '').split(',').map((s) => s.trim()).filter(Boolean));
  return new Set(allNodes(machine.root).filter((n) => wanted.has(n.path.join('.'))));
}

/** The deepest node whose block both ends of an edge belong to. */
function commonParent(edge: Edge, root: Node): Node {
  const a = edge.from.parent ?? root;
  const b = edge.to.parent ?? root;
  const ancestorsOfA = new Set<Node>();
  for (let n: Node | undefined = a; n; n = n.parent) ancestorsOfA.add(n);
  for (let n: Node | undefined = b; n; n = n.parent) if (ancestorsOfA.has(n)) return n;
  return root;
}

// ---------------------------------------------------------------------------------------------
// Mermaid

const mermaidId = (node: Node): string => node.path.join('_').replace(/[^A-Za-z0-9_]/g, '_');
const mermaidLabel = (label: string): string => label.replace(/[\r\n:;]+/g, ' ');

/** Mermaid `stateDiagram-v2` text of a machine. */
export function toMermaid(machine: AnyStateMachine, options: DiagramOptions = {}): string {
  const edges = allEdges(machine);
  const start = hiddenStart(machine, edges);
  const marks = highlighted(machine, options.highlight);
  const ref = (node: Node): string => (node === start ? '[*]' : mermaidId(node));
  const lines = ['stateDiagram-v2'];

  const block = (parent: Node, depth: number): void => {
    const pad = '    '.repeat(depth);
    const initial = parent.type === 'compound' ? parent.initial.target[0] : undefined;
    if (initial && initial !== start) lines.push(`${pad}[*] --> ${mermaidId(initial)}`);
    children(parent).forEach((child, index) => {
      if (child === start) return;
      const id = mermaidId(child);
      const named = child.key === id ? id : `"${child.key.replace(/"/g, "'")}" as ${id}`;
      if (parent.type === 'parallel' && index > 0) lines.push(`${pad}--`);
      if (isContainer(child)) {
        lines.push(`${pad}state ${named} {`);
        block(child, depth + 1);
        lines.push(`${pad}}`);
      } else if (child.type === 'history') {
        lines.push(`${pad}state "${child.history === 'deep' ? 'H*' : 'H'}" as ${id}`);
      } else {
        lines.push(`${pad}${child.key === id ? id : `state ${named}`}`);
      }
    });
    for (const edge of edges) {
      if (commonParent(edge, machine.root) !== parent) continue;
      lines.push(`${pad}${ref(edge.from)} --> ${ref(edge.to)} : ${mermaidLabel(edge.label)}`);
    }
    for (const child of children(parent)) if (child.type === 'final') lines.push(`${pad}${mermaidId(child)} --> [*]`);
  };
  block(machine.root, 1);

  if (marks.size > 0) {
    lines.push(`    classDef highlight fill:${HIGHLIGHT_FILL},stroke:${HIGHLIGHT_STROKE},stroke-width:3px`);
    for (const node of marks) if (node !== start) lines.push(`    class ${mermaidId(node)} highlight`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Graphviz DOT

const quote = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
const dotId = (node: Node): string => quote(node.path.join('.'));
/** The point node standing for a container: its initial pseudo-state (invisible for a parallel state). */
const anchorId = (node: Node): string => quote(node.path.length === 0 ? '__initial' : `${node.path.join('.')}.__initial`);
const clusterId = (node: Node): string => quote(`cluster_${node.path.join('.')}`);

function attrs(list: Record<string, string | number | undefined>): string {
  const parts = Object.entries(list)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v : quote(v)}`);
  return parts.length > 0 ? ` [${parts.join(', ')}]` : '';
}

/** Graphviz DOT text of a machine. */
export function toDot(machine: AnyStateMachine, options: DiagramOptions = {}): string {
  const edges = allEdges(machine);
  const start = hiddenStart(machine, edges);
  const marks = highlighted(machine, options.highlight);
  const lines = [
    `digraph ${quote(machine.id)} {`,
    '    graph [compound=true, fontname="Helvetica", fontsize=12, nodesep=0.4, ranksep=0.5];',
    '    node [shape=box, style="rounded,filled", fillcolor="white", fontname="Helvetica", fontsize=11];',
    '    edge [fontname="Helvetica", fontsize=9];',
    `    ${anchorId(machine.root)} [shape=point, width=0.18, fillcolor="black", label=""];`,
  ];

  const block = (parent: Node, depth: number): void => {
    const pad = '    '.repeat(depth);
    const initial = parent.type === 'parallel' ? undefined : parent.initial.target[0];
    if (initial && initial !== start) {
      const clip = isContainer(initial) ? { lhead: `cluster_${initial.path.join('.')}` } : {};
      lines.push(`${pad}${anchorId(parent)} -> ${endpoint(initial)}${attrs(clip)};`);
    }
    for (const child of children(parent)) {
      if (child === start) continue;
      const mark = marks.has(child);
      if (isContainer(child)) {
        lines.push(`${pad}subgraph ${clusterId(child)} {`);
        // A self loop on a cluster cannot be drawn: its events are listed under the cluster's name.
        const loops = edges.filter((e) => e.from === child && e.to === child).map((e) => `\u21bb ${e.label}`);
        lines.push(
          `${pad}    graph${attrs({
            label: [child.key, ...loops].join('\n'),
            style: mark ? 'rounded,filled' : 'rounded',
            fillcolor: mark ? HIGHLIGHT_FILL : undefined,
            penwidth: mark ? 2 : undefined,
          })};`,
        );
        lines.push(
          `${pad}    ${anchorId(child)}${attrs({ shape: 'point', width: 0.12, fillcolor: 'black', label: '', style: child.type === 'parallel' ? 'invis' : undefined })};`,
        );
        block(child, depth + 1);
        lines.push(`${pad}}`);
      } else {
        lines.push(
          `${pad}${dotId(child)}${attrs({
            label: child.type === 'history' ? (child.history === 'deep' ? 'H*' : 'H') : child.key,
            shape: child.type === 'history' ? 'circle' : undefined,
            peripheries: child.type === 'final' ? 2 : undefined,
            fillcolor: mark ? HIGHLIGHT_FILL : undefined,
            color: mark ? HIGHLIGHT_STROKE : undefined,
            penwidth: mark ? 2 : undefined,
          })};`,
        );
      }
    }
  };

  /** Containers are drawn as clusters: edges attach to their anchor and are clipped at the border. */
  const endpoint = (node: Node): string => (node === start ? anchorId(machine.root) : isContainer(node) ? anchorId(node) : dotId(node));

  block(machine.root, 1);
  // One arrow per pair of states, its events one per line: parallel arrows and stacked loops are unreadable.
  for (const edge of mergeParallel(edges)) {
    if (edge.from === edge.to && isContainer(edge.from)) continue; // listed in the cluster's label
    const clip: Record<string, string | undefined> = {};
    if (edge.from !== edge.to) {
      if (isContainer(edge.to) && !isAncestor(edge.to, edge.from)) clip.lhead = `cluster_${edge.to.path.join('.')}`;
      if (isContainer(edge.from) && !isAncestor(edge.from, edge.to)) clip.ltail = `cluster_${edge.from.path.join('.')}`;
    }
    lines.push(`    ${endpoint(edge.from)} -> ${endpoint(edge.to)}${attrs({ label: edge.label, ...clip })};`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function mergeParallel(edges: readonly Edge[]): Edge[] {
  const merged = new Map<string, Edge>();
  for (const edge of edges) {
    const key = `${edge.from.id}\u0000${edge.to.id}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, label: `${seen.label}\n${edge.label}` } : edge);
  }
  return [...merged.values()];
}

function isAncestor(ancestor: Node, node: Node): boolean {
  for (let n: Node | undefined = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// SVG

let viz: Promise<Viz> | undefined;

/**
 * Lays DOT text out as SVG with Graphviz (WebAssembly, loaded and created once on first use: the
 * module holds the whole Graphviz build in the server's memory, which most servers never need).
 */
export async function renderSvg(dot: string): Promise<string> {
  viz ??= import('@viz-js/viz').then((m) => m.instance()).catch((error: unknown) => {
    viz = undefined;
    throw error;
  });
  return (await viz).renderString(dot, { format: 'svg' });
}
