/**
 * GET /workflows (each workflow: version, states, final states, commands with roles and JSON
 * schema) and GET /workflows/{w}/diagram (Mermaid by default, DOT, SVG; ?instance= highlights).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { organisation, start, type Org } from '../support/engine-fixtures.ts';

interface WorkflowJson {
  name: string;
  title: string;
  version: number;
  states: string[];
  finalStates: string[];
  startCommands: string[];
  commands: { type: string; event: string; roles: string[]; schema: { type: string; properties: Record<string, { const?: string }>; required: string[]; additionalProperties: boolean } }[];
}

describe('workflow definitions and diagrams', () => {
  let t: TestApp;
  let org: Org;
  let suggestionId: string;
  beforeAll(async () => {
    t = await testApp({ now: '2024-03-01T09:00:00Z' });
    org = await organisation(t);
    suggestionId = (
      await start(t, org.manager, 'suggestion', { type: 'RegisterSuggestion', receivedOn: '2024-03-01', channel: 'box', category: 'c', content: 'x', anonymous: true })
    ).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /workflows lists every workflow with its states and commands, as the procedures define them', async () => {
    const response = await t.as(org.handler, { method: 'GET', url: '/workflows' });
    expect(response.statusCode).toBe(200);
    const { workflows } = response.json<{ workflows: WorkflowJson[] }>();
    expect(workflows.map((w) => w.name).sort()).toEqual(['activity', 'cadre-training', 'collection', 'member', 'recruitment', 'secondment', 'settings', 'suggestion']);
    const byName = new Map(workflows.map((w) => [w.name, w]));

    const recruitment = byName.get('recruitment');
    if (!recruitment) throw new Error('no recruitment workflow');
    expect(recruitment).toMatchObject({ version: 1, title: expect.any(String), startCommands: ['SubmitApplication'] });
    expect(recruitment.states).toEqual([
      'qualification_review',
      'cultivation',
      'sponsorship',
      'branch_review',
      'committee_review',
      'city_approval',
      'admitted',
      'inducted',
      'rejected',
      'withdrawn',
    ]);
    expect(recruitment.finalStates.sort()).toEqual(['inducted', 'rejected', 'withdrawn']);
    expect(recruitment.commands.find((c) => c.type === 'EndorseAsSponsor')).toMatchObject({ event: 'SponsorEndorsed', roles: ['member'] });

    expect(byName.get('cadre-training')?.states).toEqual(['screening', 'committee_decision', 'in_pool', 'appointed', 'removed', 'dropped']);
    expect(byName.get('secondment')?.states).toEqual([
      'committee_review',
      'united_front_review',
      'host_review',
      'awaiting_dispatch',
      'on_duty',
      'final_assessment',
      'completed',
      'rejected',
      'cancelled',
    ]);
    expect(byName.get('suggestion')?.states).toEqual(['registered', 'in_progress', 'replied', 'closed']);
    expect(byName.get('suggestion')?.finalStates).toEqual(['closed']);

    for (const w of workflows) {
      expect(w.commands.length).toBeGreaterThan(0);
      for (const c of w.commands) {
        // The event is the command's past tense; the schema is the exact body the API validates.
        expect(c.event).toMatch(/^[A-Z][A-Za-z]+$/);
        expect(c.roles.length).toBeGreaterThan(0);
        expect(c.schema).toMatchObject({ type: 'object', additionalProperties: false });
        expect(c.schema.properties.type).toMatchObject({ const: c.type });
        expect(c.schema.required).toContain('type');
        expect(Object.keys(c.schema.properties)).toEqual(expect.arrayContaining(['type', 'on', 'comment']));
        expect(c.schema.required).not.toContain('on');
      }
    }
  });

  it('GET /workflows needs a token', async () => {
    expect((await t.as(null, { method: 'GET', url: '/workflows' })).statusCode).toBe(401);
  });

  it('the diagram is Mermaid stateDiagram-v2 text by default, generated from the machine', async () => {
    const response = await t.as(org.handler, { method: 'GET', url: '/workflows/recruitment/diagram' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    const text = response.body;
    expect(text.startsWith('stateDiagram-v2')).toBe(true);
    for (const state of ['qualification_review', 'cultivation', 'sponsorship', 'branch_review', 'committee_review', 'city_approval', 'admitted', 'inducted']) {
      expect(text).toContain(state);
    }
    expect(text).toContain('SponsorEndorsed');
    expect(text).not.toContain('classDef highlight');
    const explicit = await t.as(org.handler, { method: 'GET', url: '/workflows/recruitment/diagram?format=mermaid' });
    expect(explicit.body).toBe(text);
  });

  it('format=dot gives Graphviz DOT; format=svg an SVG image', async () => {
    const dot = await t.as(org.handler, { method: 'GET', url: '/workflows/secondment/diagram?format=dot' });
    expect(dot.statusCode).toBe(200);
    expect(dot.headers['content-type']).toBe('text/vnd.graphviz; charset=utf-8');
    expect(dot.body).toMatch(/^digraph "?secondment"? \{/);
    expect(dot.body).toContain('on_duty');
    const svg = await t.as(org.handler, { method: 'GET', url: '/workflows/secondment/diagram?format=svg' });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toContain('<svg');
    expect(svg.body).toContain('final_assessment');
  });

  it('?instance= highlights the instance’s current state, in every format', async () => {
    const mermaid = await t.as(org.handler, { method: 'GET', url: `/workflows/suggestion/diagram?instance=${suggestionId}` });
    expect(mermaid.statusCode).toBe(200);
    expect(mermaid.body).toContain('classDef highlight');
    const marked = mermaid.body.split('\n').filter((line) => /^\s*class .* highlight$/.test(line));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain('registered');
    const dot = await t.as(org.handler, { method: 'GET', url: `/workflows/suggestion/diagram?format=dot&instance=${suggestionId}` });
    const plain = await t.as(org.handler, { method: 'GET', url: '/workflows/suggestion/diagram?format=dot' });
    expect(dot.body).not.toBe(plain.body);
    const svg = await t.as(org.handler, { method: 'GET', url: `/workflows/suggestion/diagram?format=svg&instance=${suggestionId}` });
    expect(svg.statusCode).toBe(200);
    expect(svg.body).toContain('<svg');
  });

  it('an unknown workflow, instance or format; an instance id of another workflow', async () => {
    expect((await t.as(org.handler, { method: 'GET', url: '/workflows/unknown/diagram' })).statusCode).toBe(404);
    expect((await t.as(org.handler, { method: 'GET', url: '/workflows/suggestion/diagram?instance=missing' })).statusCode).toBe(404);
    expect((await t.as(org.handler, { method: 'GET', url: `/workflows/recruitment/diagram?instance=${suggestionId}` })).statusCode).toBe(404);
    expect((await t.as(org.handler, { method: 'GET', url: '/workflows/suggestion/diagram?format=pdf' })).statusCode).toBe(400);
    expect((await t.as(org.handler, { method: 'GET', url: '/workflows/Suggestion/diagram' })).statusCode).toBe(400);
    expect((await t.as(null, { method: 'GET', url: '/workflows/suggestion/diagram' })).statusCode).toBe(401);
  });
});
