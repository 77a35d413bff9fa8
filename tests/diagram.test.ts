import { afterEach, describe, expect, it, vi } from 'vitest';
import { and, not, setup } from 'xstate';
import { renderSvg, toDot, toMermaid } from '../src/diagram.ts';
import { collection } from '../workflows/collection.ts';
import { member } from '../workflows/member.ts';
import { settings } from '../workflows/settings.ts';

type TicketEvent =
  | { type: 'TicketOpened' }
  | { type: 'DraftSubmitted' }
  | { type: 'ReviewFinished'; passed: boolean }
  | { type: 'NoteAdded' }
  | { type: 'ReplyOverdue' }
  | { type: 'TicketClosed' };

/** A small machine with everything the walker knows: nested states, guards, always, after, self loops, finals. */
const ticket = setup({
  types: {} as { context: { notes: number }; events: TicketEvent },
  guards: {
    passed: ({ event }) => event.type === 'ReviewFinished' && event.passed,
    urgent: () => false,
    quiet: () => true,
  },
  actions: { note: () => undefined },
  delays: { replyDeadline: () => 86_400_000 },
}).createMachine({
  id: 'ticket',
  initial: 'start',
  context: { notes: 0 },
  states: {
    start: { on: { TicketOpened: 'handling' } },
    handling: {
      initial: 'drafting',
      on: { NoteAdded: { actions: 'note' }, TicketClosed: 'closed' },
      after: { replyDeadline: 'overdue' },
      states: {
        drafting: { on: { DraftSubmitted: 'review' } },
        review: {
          always: { guard: and(['urgent', not('quiet')]), target: 'accepted' },
          on: {
            ReviewFinished: [{ guard: 'passed', target: 'accepted' }, { target: 'drafting' }],
          },
        },
        accepted: { type: 'final' },
      },
      onDone: 'closed',
    },
    overdue: { on: { TicketClosed: 'closed', ReplyOverdue: 'overdue', NoteAdded: { actions: 'note' } } },
    closed: { type: 'final' },
  },
});

describe('Mermaid diagrams', () => {
  it('draws the collection workflow with the start state as [*]', () => {
    expect(toMermaid(collection.machine)).toBe(
      ['stateDiagram-v2', '    recorded', '    [*] --> recorded : CollectionRecorded', '    recorded --> [*]', ''].join('\n'),
    );
  });

  it('draws nested states, guards, always, after, self loops and final states', () => {
    const text = toMermaid(ticket);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(lines).toContain('[*] --> handling : TicketOpened');
    expect(lines).not.toContain('start');
    expect(text).not.toMatch(/\bstart\b/);
    // the compound state and its own initial state
    expect(text).toMatch(/state handling \{\n\s+\[\*\] --> handling_drafting\n/);
    expect(lines).toContain('state "drafting" as handling_drafting');
    expect(lines).toContain('handling_drafting --> handling_review : DraftSubmitted');
    expect(lines).toContain('handling_review --> handling_accepted : ReviewFinished [passed]');
    expect(lines).toContain('handling_review --> handling_drafting : ReviewFinished');
    expect(lines).toContain('handling_review --> handling_accepted : always [urgent && !quiet]');
    expect(lines).toContain('handling_accepted --> [*]');
    // transitions of the compound state and across levels
    expect(lines).toContain('handling --> overdue : after replyDeadline');
    expect(lines).toContain('handling --> closed : TicketClosed');
    expect(lines).toContain('handling --> closed : done');
    expect(lines).toContain('handling --> handling : NoteAdded');
    expect(lines).toContain('overdue --> overdue : ReplyOverdue');
    expect(lines).toContain('overdue --> overdue : NoteAdded');
    expect(lines).toContain('closed --> [*]');
    expect(lines.filter((l) => l.startsWith('xstate') || l.includes('xstate.'))).toEqual([]);
    // the nested transitions are written inside the composite block
    const inside = text.slice(text.indexOf('state handling {'), text.indexOf('}'));
    expect(inside).toContain('handling_drafting --> handling_review : DraftSubmitted');
    expect(inside).not.toContain('handling --> overdue');
    expect(text).not.toContain('classDef');
  });

  it('marks the highlighted state with a class', () => {
    const text = toMermaid(ticket, { highlight: 'overdue' });
    expect(text).toContain('classDef highlight fill:');
    expect(text).toContain('class overdue highlight');
    expect(toMermaid(ticket, { highlight: 'handling.review' })).toContain('class handling_review highlight');
    expect(toMermaid(collection.machine, { highlight: 'recorded' })).toContain('class recorded highlight');
  });

  it('ignores a highlight that names no state, and the hidden start state', () => {
    expect(toMermaid(ticket, { highlight: 'nowhere' })).not.toContain('class ');
    expect(toMermaid(ticket, { highlight: 'start' })).not.toContain('class ');
  });

  it('draws the roster and settings workflows, targetless transitions as self loops', () => {
    const roster = toMermaid(member.machine, { highlight: 'active' }).split('\n').map((l) => l.trim());
    expect(roster).toContain('[*] --> active : MemberRegistered');
    expect(roster).toContain('active --> active : RetirementRecorded');
    expect(roster).toContain('active --> active : ProfileUpdated');
    expect(roster).toContain('active --> departed : DepartureRecorded');
    expect(roster).toContain('departed --> [*]');
    expect(roster).toContain('class active highlight');
    const org = toMermaid(settings.machine).split('\n').map((l) => l.trim());
    expect(org).toEqual(['stateDiagram-v2', 'active', '[*] --> active : SettingsChanged', 'active --> active : SettingsChanged', '']);
  });

  it('keeps an initial state that is not called start', () => {
    const plain = setup({ types: {} as { events: { type: 'Go' } } }).createMachine({
      id: 'plain',
      initial: 'idle',
      states: { idle: { on: { Go: 'done' } }, done: { type: 'final' } },
    });
    const lines = toMermaid(plain).split('\n').map((l) => l.trim());
    expect(lines).toContain('[*] --> idle');
    expect(lines).toContain('idle --> done : Go');
  });
});

describe('DOT diagrams', () => {
  it('draws the collection workflow with an initial point', () => {
    const dot = toDot(collection.machine);
    expect(dot).toMatch(/^digraph "collection" \{/);
    expect(dot).toContain('"__initial" [shape=point');
    expect(dot).toContain('"__initial" -> "recorded" [label="CollectionRecorded"];');
    expect(dot).toContain('"recorded" [label="recorded", peripheries=2];');
    expect(dot).not.toContain('"start"');
    expect(dot.trimEnd().endsWith('}')).toBe(true);
  });

  it('draws compound states as clusters with clipped edges, one arrow per pair of states', () => {
    const dot = toDot(ticket);
    expect(dot).toContain('subgraph "cluster_handling" {');
    expect(dot).toContain('graph [label="handling\\n\u21bb NoteAdded", style="rounded"];');
    expect(dot).toContain('"__initial" -> "handling.__initial" [label="TicketOpened", lhead="cluster_handling"];');
    expect(dot).toContain('"handling.__initial" -> "handling.drafting";');
    expect(dot).toContain('"handling.__initial" -> "overdue" [label="after replyDeadline", ltail="cluster_handling"];');
    expect(dot).toContain('"handling.review" -> "handling.accepted" [label="ReviewFinished [passed]\\nalways [urgent && !quiet]"];');
    expect(dot).toContain('"handling.review" -> "handling.drafting" [label="ReviewFinished"];');
    expect(dot).toContain('"handling.__initial" -> "closed" [label="TicketClosed\\ndone", ltail="cluster_handling"];');
    expect(dot).not.toContain('"handling.__initial" -> "handling.__initial"');
    expect(dot).toContain('"overdue" -> "overdue" [label="ReplyOverdue\\nNoteAdded"];');
    expect(dot).toContain('"closed" [label="closed", peripheries=2];');
    expect(dot).not.toContain('xstate.');
  });

  it('fills the highlighted state or cluster', () => {
    expect(toDot(ticket, { highlight: 'overdue' })).toContain('"overdue" [label="overdue", fillcolor="#ffd54f", color="#e65100", penwidth=2];');
    expect(toDot(ticket, { highlight: 'handling' })).toMatch(/subgraph "cluster_handling" \{\n\s+graph \[label="handling\\n.*", style="rounded,filled", fillcolor="#ffd54f"/);
    expect(toDot(ticket)).not.toContain('#ffd54f');
  });

  it('escapes quotes in ids and labels', () => {
    const odd = setup({ types: {} as { events: { type: 'Say "hi"' } } }).createMachine({
      id: 'odd "one"',
      initial: 'start',
      states: { start: { on: { 'Say "hi"': 'done' } }, done: { type: 'final' } },
    });
    const dot = toDot(odd);
    expect(dot).toContain('digraph "odd \\"one\\"" {');
    expect(dot).toContain('[label="Say \\"hi\\""]');
  });
});

describe('SVG', () => {
  afterEach(() => {
    vi.doUnmock('@viz-js/viz');
  });

  it('renders DOT to SVG, reusing one Graphviz instance', async () => {
    const svg = await renderSvg(toDot(ticket, { highlight: 'handling.review' }));
    expect(svg).toContain('<svg');
    expect(svg).toContain('after replyDeadline');
    expect(svg).toContain('#ffd54f');
    const again = await renderSvg(toDot(collection.machine));
    expect(again).toContain('<svg');
    expect(again).toContain('CollectionRecorded');
  });

  it('creates the Graphviz instance lazily, once', async () => {
    let created = 0;
    vi.resetModules();
    vi.doMock('@viz-js/viz', async (importOriginal) => {
      const real = await importOriginal<typeof import('@viz-js/viz')>();
      return {
        ...real,
        instance: () => {
          created += 1;
          return real.instance();
        },
      };
    });
    const fresh = await import('../src/diagram.ts');
    expect(created).toBe(0);
    const svgs = await Promise.all([fresh.renderSvg(fresh.toDot(ticket)), fresh.renderSvg(fresh.toDot(collection.machine))]);
    await fresh.renderSvg(fresh.toDot(ticket, { highlight: 'overdue' }));
    expect(svgs.every((svg) => svg.includes('<svg'))).toBe(true);
    expect(created).toBe(1);
  });

  it('fails on DOT that Graphviz cannot read', async () => {
    await expect(renderSvg('digraph {')).rejects.toThrow();
  });
});
