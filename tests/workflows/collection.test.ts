import { describe, expect, it } from 'vitest';
import { collection } from '../../workflows/collection.ts';
import { principal, scenario } from '../support/scenario.ts';

describe('collection', () => {
  const manager = principal(['suggestion_manager']);

  it('records a collection and is final', () => {
    const s = scenario(collection);
    s.exec(manager, { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-03-02', count: 4 });
    expect(s.state).toBe('recorded');
    expect(s.status).toBe('done');
    expect(s.history.map((e) => e.type)).toEqual(['CollectionRecorded']);
    expect(s.history[0]?.actor).toEqual({ id: manager.id, name: manager.name, role: 'suggestion_manager' });
    expect(s.context).toEqual({ box: 'Lobby', collectedOn: '2018-03-02', count: 4 });
    s.expectReplayable();
  });

  it('refuses other roles, bad bodies and a second recording', () => {
    const s = scenario(collection);
    s.reject(principal(['office']), { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-03-02', count: 4 }, 'forbidden_role');
    s.reject(manager, { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-02-30', count: 4 }, 'invalid_command');
    s.reject(manager, { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-02-03', count: 4, extra: 1 }, 'invalid_command');
    s.exec(manager, { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-03-02', count: 4 });
    s.reject(manager, { type: 'RecordCollection', box: 'Lobby', collectedOn: '2018-03-02', count: 4 }, 'command_not_allowed');
  });
});
