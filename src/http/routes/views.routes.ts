/** (placeholder: routes land with their issue) */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

export const viewsRoutes: FastifyPluginAsyncTypebox = async () => {};
