/**
 * Tamper evidence (docs/tamper-evidence.md): signed checkpoints of the Merkle tree over the whole
 * log, its public key, RFC 9162 consistency and inclusion proofs, and the tree's leaves (for the
 * offline checker, `npm run audit:check`, to name the first event that differs).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { DomainError } from '../../errors.ts';
import { AUTH, errors } from '../schemas.ts';
import { requireRole } from '../auth.ts';
import { AUDIT_READERS } from './events.routes.ts';

const Hex32 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, 64 lowercase hex digits' });
const TreeSize = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export const CheckpointSchema = Type.Object(
  {
    treeSize: TreeSize,
    rootHash: Hex32,
    issuedAt: Type.String({ description: 'ISO 8601 UTC with milliseconds' }),
    keyId: Type.String({ description: 'The first 16 hex digits of SHA-256 of the public key (DER SubjectPublicKeyInfo)' }),
    signature: Type.String({
      description:
        'Ed25519 signature, base64, of the UTF-8 text "docket-checkpoint/v1\\n<treeSize>\\n<rootHash>\\n<issuedAt>\\n" (docs/tamper-evidence.md)',
    }),
  },
);

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { tamperEvidence } = app.docket;
  const roles = `Roles: ${AUDIT_READERS.join(', ')} (as GET /audit/verify).`;

  app.get(
    '/audit/checkpoint',
    {
      config: { operationId: 'getCheckpoint', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'The latest signed checkpoint of the Merkle tree over the whole log (that of the largest tree)',
        description: `Save it: with a saved checkpoint, \`npm run audit:check\` proves later that the log only grew. 404 before the first checkpoint. ${roles}`,
        security: AUTH,
        response: { 200: CheckpointSchema, ...errors(401, 403, 404, 503) },
      },
    },
    async (request) => {
      requireRole(request);
      const latest = await tamperEvidence.latestCheckpoint();
      if (!latest) throw new DomainError('no_checkpoint', 'no checkpoint has been issued yet (POST /audit/checkpoint issues one)', 404);
      return latest;
    },
  );

  app.post(
    '/audit/checkpoint',
    {
      config: { operationId: 'issueCheckpoint', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'Issue a checkpoint now: bring the tree up to the log, sign its root, store and witness it',
        description: `409 signing_key_missing when this server has no signing key. ${roles}`,
        security: AUTH,
        response: { 201: CheckpointSchema, ...errors(401, 403, 409, 503) },
      },
    },
    async (request, reply) => {
      requireRole(request);
      const { checkpoint } = await tamperEvidence.issueCheckpoint();
      return reply.code(201).send(checkpoint);
    },
  );

  app.get(
    '/audit/public-key',
    {
      config: { operationId: 'getPublicKey', public: true },
      schema: {
        tags: ['events'],
        summary: 'The Ed25519 public key that checkpoints are signed with (public)',
        description: 'Keep a copy you obtained out of band: a checker that takes the key from the server it checks proves nothing. 404 when this server has no signing key.',
        response: {
          200: Type.Object({ keyId: Type.String(), algorithm: Type.Literal('Ed25519'), publicKey: Type.String({ description: 'PEM, SubjectPublicKeyInfo' }) }),
          ...errors(404, 503),
        },
      },
    },
    async () => {
      const key = tamperEvidence.publicKey;
      if (!key) throw new DomainError('signing_key_missing', 'this server has no signing key (DOCKET_SIGNING_KEY)', 404);
      return key;
    },
  );

  app.get(
    '/audit/proofs/consistency',
    {
      config: { operationId: 'getConsistencyProof', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'RFC 9162 consistency proof: the tree of `to` leaves extends the tree of `from` leaves',
        description: `400 invalid_range when from > to; 404 unknown_tree_size when the tree has fewer than \`to\` leaves. ${roles}`,
        security: AUTH,
        querystring: Type.Object({ from: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), to: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ from: TreeSize, to: TreeSize, proof: Type.Array(Hex32, { description: 'The consistency path (RFC 9162 §2.1.4.1), in order' }) }),
          ...errors(400, 401, 403, 404, 503),
        },
      },
    },
    async (request) => {
      requireRole(request);
      return tamperEvidence.consistencyProof(request.query.from, request.query.to);
    },
  );

  app.get(
    '/audit/proofs/inclusion',
    {
      config: { operationId: 'getInclusionProof', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'RFC 9162 inclusion proof of one event (a stream’s version) in the tree of `treeSize` leaves',
        description:
          'treeSize defaults to the latest checkpoint’s. The leaf is SHA-256(0x00 ‖ eventHash as 32 bytes), eventHash being the event’s hash as the log holds it now. ' +
          `404 not_in_tree (no such event, or not yet a leaf), event_missing (the tree has it, the log no longer does) or unknown_tree_size; 422 not_in_tree_size (the event came after that tree). ${roles}`,
        security: AUTH,
        querystring: Type.Object(
          {
            streamId: Type.String({ minLength: 1, maxLength: 300, description: 'e.g. secondment/<id>' }),
            version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
            treeSize: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            streamId: Type.String(),
            version: Type.Integer(),
            leafIndex: Type.Integer(),
            treeSize: TreeSize,
            eventHash: Hex32,
            leafHash: Hex32,
            proof: Type.Array(Hex32, { description: 'The inclusion path (RFC 9162 §2.1.3.1), from the leaf’s sibling up' }),
          }),
          ...errors(400, 401, 403, 404, 422, 503),
        },
      },
    },
    async (request) => {
      requireRole(request);
      const { streamId, version, treeSize } = request.query;
      return tamperEvidence.inclusionProof(streamId, version, treeSize);
    },
  );

  app.get(
    '/audit/tree/leaves',
    {
      config: { operationId: 'listTreeLeaves', roles: AUDIT_READERS },
      schema: {
        tags: ['events'],
        summary: 'The tree’s leaves in order, with the event each one is',
        description: `For checkers: which leaf differs from the events the feed now serves. Trust them only once they hash to a signed root. ${roles}`,
        security: AUTH,
        querystring: Type.Object(
          {
            from: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, default: 0 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1_000 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            treeSize: TreeSize,
            leaves: Type.Array(Type.Object({ leafIndex: Type.Integer(), streamId: Type.String(), version: Type.Integer(), leafHash: Hex32 })),
          }),
          ...errors(400, 401, 403, 503),
        },
      },
    },
    async (request) => {
      requireRole(request);
      const page = await tamperEvidence.leaves(request.query.from ?? 0, request.query.limit ?? 1_000);
      return { treeSize: page.treeSize, leaves: page.leaves.map((l) => ({ leafIndex: l.leafIndex, streamId: l.streamId, version: l.version, leafHash: l.leafHash.toString('hex') })) };
    },
  );
};
