/**
 * An instance's state after an event, recorded on the stream head with the append that led to it,
 * so a rebuild or a cold load needs no fold: the machine's state value, status and context.
 */
export interface RecordedState {
  value: string | Record<string, unknown>;
  status: string;
  context: Record<string, unknown>;
}
