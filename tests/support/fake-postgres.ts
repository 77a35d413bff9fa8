/**
 * A TCP server that speaks just enough of the PostgreSQL wire protocol to fail in a chosen way:
 * refuse the connection during startup with a FATAL SQLSTATE, accept it and then reset on the first
 * query, reset at once, or say nothing at all. For the refusals a real server is hard to stage.
 */
import { createServer, type Server, type Socket } from 'node:net';

export type FakeBehaviour =
  | { kind: 'fatal-at-startup'; code: string; message: string }
  | { kind: 'reset-on-query' }
  | { kind: 'fatal-on-query'; code: string; message: string }
  | { kind: 'reset-at-once' }
  | { kind: 'silent' };

export interface FakePostgres {
  url: string;
  close(): Promise<void>;
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function errorResponse(code: string, text: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${code}`, `M${text}`].map((f) => Buffer.from(`${f}\0`, 'utf8'));
  return message('E', Buffer.concat([...fields, Buffer.from([0])]));
}

const authenticationOk = () => {
  const body = Buffer.alloc(4);
  body.writeInt32BE(0, 0);
  return message('R', body);
};
const readyForQuery = () => message('Z', Buffer.from('I', 'latin1'));

export async function fakePostgres(behaviour: FakeBehaviour): Promise<FakePostgres> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (behaviour.kind === 'reset-at-once') return void socket.resetAndDestroy();
    if (behaviour.kind === 'silent') return;
    let startedUp = false;
    socket.on('data', () => {
      // The first message is the startup packet; anything after it is a query.
      if (!startedUp) {
        startedUp = true;
        if (behaviour.kind === 'fatal-at-startup') return void socket.end(errorResponse(behaviour.code, behaviour.message));
        return void socket.write(Buffer.concat([authenticationOk(), readyForQuery()]));
      }
      if (behaviour.kind === 'fatal-on-query') return void socket.end(errorResponse(behaviour.code, behaviour.message));
      socket.resetAndDestroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake PostgreSQL has no port');
  return {
    url: `postgres://docket@127.0.0.1:${address.port}/docket`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on (bound, then released): connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `postgres://docket@127.0.0.1:${address.port}/docket`;
}
