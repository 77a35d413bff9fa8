/**
 * The follower that keeps the Merkle tree: an async consumer (src/projections/consumer.ts) of the
 * gap-safe log, so each event becomes the next leaf once its place in the `/events` order is final,
 * and with any number of servers on one database there is one tree (the consumer's checkpoint row is
 * claimed FOR UPDATE SKIP LOCKED; the tree's own row is locked too). A batch loads the tree's right
 * edge (O(log n) stored subtrees), appends its leaves in memory and writes the subtrees they complete,
 * as one row, with the new size and root, in the transaction that advances the checkpoint. Never in
 * the command's commit: commands do not wait for it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { Logger } from '../logging.ts';
import { ConsumerRunner, type Consumer } from '../projections/consumer.ts';
import { readAllLinks, type EventLink } from '../store/event-store.ts';
import { eventLeaf, Frontier, frontierKeys, type Hash } from './merkle.ts';
import { appendToTree, readNodes, readTreeState } from './tree.query.ts';

export const TREE_CONSUMER = 'merkle_tree';

export const treeConsumer: Consumer<EventLink> = {
  name: TREE_CONSUMER,
  // A leaf is the event's stored hash: its data is never read.
  read: (db, after, limit) => readAllLinks(db, { after, limit }),
  async handle(trx, events, now) {
    const state = await readTreeState(trx, { forUpdate: true });
    const frontier = new Frontier(state.size, await readNodes(trx, frontierKeys(state.size)));
    const nodes: Hash[] = [];
    for (const event of events) for (const node of frontier.append(eventLeaf(event.hash))) nodes.push(node.hash);
    await appendToTree(trx, { firstLeaf: state.size, nodes, events, state: { size: frontier.size, root: frontier.root() }, now });
  },
};

/** A runner of the tree's consumer: runOnce / drain / start(intervalMs) / stop. */
export function treeFollower(db: Kysely<Database>, options: { clock: Clock; logger?: Logger; batchSize?: number }): ConsumerRunner<EventLink> {
  return new ConsumerRunner(db, treeConsumer, { batchSize: 2_000, ...options });
}
