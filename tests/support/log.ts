/** Writing to the log past the engine: a log the code disagrees with, for replay and rebuild tests. */
import { appendToStream } from '../../src/store/commit.ts';
import type { TestApp } from './app.ts';

/**
 * Appends a SuggestionClosed by an "intruder" to suggestion `id` straight through the event store,
 * which checks versions and the hash chain but not the machine: the engine would refuse it in any
 * state but `replied`.
 */
export async function appendSuggestionClosed(t: TestApp, id: string, expectedVersion: number, occurredOn: string): Promise<void> {
  await t.handle.db.transaction().execute((trx) =>
    appendToStream(
      trx,
      {
        streamId: `suggestion/${id}`,
        workflow: 'suggestion',
        workflowVersion: 1,
        expectedVersion,
        events: [{ type: 'SuggestionClosed', data: {}, occurredOn, metadata: { actor: { id: 'intruder', name: 'x', role: 'office' } } }],
      },
      t.clock.now(),
    ),
  );
}
