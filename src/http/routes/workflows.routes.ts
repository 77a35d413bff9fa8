/** Workflow definitions and their diagrams (generated from the machines themselves). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { AUTH, errors, IdParam } from '../schemas.ts';
import { principalOf } from '../auth.ts';
import { stateName } from '../../engine/decider.ts';
import { renderSvg, toDot, toMermaid } from '../../diagram.ts';

const WorkflowSchema = Type.Object({
  name: Type.String(),
  title: Type.String(),
  version: Type.Integer(),
  states: Type.Array(Type.String()),
  finalStates: Type.Array(Type.String()),
  startCommands: Type.Array(Type.String()),
  commands: Type.Array(
    Type.Object({ type: Type.String(), event: Type.String(), roles: Type.Array(Type.String()), schema: Type.Object({}, { additionalProperties: true }) }),
  ),
});

export const workflowRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { registry, engine, database } = app.docket;

  app.get(
    '/workflows',
    {
      config: { operationId: 'listWorkflows', database: false },
      schema: {
        tags: ['workflows'],
        summary: 'Each workflow: version, states and commands (with roles and JSON schema)',
        security: AUTH,
        response: { 200: Type.Object({ workflows: Type.Array(WorkflowSchema) }), ...errors(401) },
      },
    },
    async (request) => {
      principalOf(request);
      return {
        workflows: registry.names().map((name) => {
          const def = registry.latest(name);
          const states = Object.entries(def.machine.root.states).filter(([s]) => s !== 'start');
          return {
            name,
            title: def.title,
            version: def.version,
            states: states.map(([s]) => s),
            finalStates: states.filter(([, node]) => node.type === 'final').map(([s]) => s),
            startCommands: [...def.startCommands],
            commands: Object.entries(def.commands).map(([type, spec]) => ({
              type,
              event: spec.event,
              roles: [...spec.roles],
              schema: JSON.parse(JSON.stringify(spec.schema)) as Record<string, unknown>,
            })),
          };
        }),
      };
    },
  );

  app.get(
    '/workflows/:workflow/diagram',
    {
      config: { operationId: 'getWorkflowDiagram' },
      schema: {
        tags: ['workflows'],
        summary: 'State diagram generated from the machine: Mermaid stateDiagram-v2 (default), Graphviz DOT or SVG',
        description: 'With `instance`, the instance’s current state is highlighted.',
        security: AUTH,
        params: Type.Object({ workflow: Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z-]+$' }) }),
        querystring: Type.Object(
          {
            format: Type.Optional(Type.Union([Type.Literal('mermaid'), Type.Literal('dot'), Type.Literal('svg')], { default: 'mermaid' })),
            instance: Type.Optional(IdParam),
          },
          { additionalProperties: false },
        ),
        response: {
          200: {
            description: 'The diagram: Mermaid text, Graphviz DOT or SVG',
            content: {
              'text/plain': { schema: Type.String({ description: 'Mermaid stateDiagram-v2 (format=mermaid)' }) },
              'text/vnd.graphviz': { schema: Type.String({ description: 'Graphviz DOT (format=dot)' }) },
              'image/svg+xml': { schema: Type.String({ description: 'SVG (format=svg)' }) },
            },
          },
          ...errors(400, 401, 404),
        },
      },
    },
    async (request, reply) => {
      principalOf(request);
      const def = registry.latest(request.params.workflow);
      const { format = 'mermaid', instance } = request.query;
      let highlight: string | undefined;
      let machine = def.machine;
      if (instance) {
        const loaded = await engine.load(database.db, def.name, instance);
        highlight = stateName(loaded.folded.snapshot);
        machine = loaded.def.machine;
      }
      if (format === 'mermaid') return reply.type('text/plain; charset=utf-8').send(toMermaid(machine, { highlight }));
      const dot = toDot(machine, { highlight });
      if (format === 'dot') return reply.type('text/vnd.graphviz; charset=utf-8').send(dot);
      return reply.type('image/svg+xml').send(await renderSvg(dot));
    },
  );
};
