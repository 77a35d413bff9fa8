/**
 * A small closed-loop HTTP/1.1 load generator: N keep-alive connections, each sending its next
 * request when the last one answers.
 *
 * It writes requests and parses answers on raw sockets, like wrk or autocannon, rather than
 * through node:http's client: on a small machine the load generator shares the CPU with the
 * server and PostgreSQL, and node:http's client takes a noticeable share of CPU per request, CPU
 * the server under test would then not get.
 */
import { connect, type Socket } from 'node:net';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Answer {
  status: number;
  /** The body's bytes, decoded only for a caller that reads it. */
  body: Buffer;
}

/** One keep-alive connection that carries one request at a time. */
class Connection {
  private socket: Socket | null = null;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (a: Answer) => void; reject: (e: Error) => void } | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  private open(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port, noDelay: true }, () => resolve(socket));
      socket.on('data', (chunk: Buffer) => this.onData(chunk));
      socket.on('error', (error) => {
        this.fail(error);
        reject(error);
      });
      socket.on('close', () => {
        if (this.socket === socket) this.socket = null;
        this.fail(new Error('connection closed'));
      });
    });
  }

  async send(spec: RequestSpec): Promise<Answer> {
    if (!this.socket) {
      this.buffer = Buffer.alloc(0);
      this.socket = await this.open();
    }
    const body = spec.body === undefined ? '' : JSON.stringify(spec.body);
    let head = `${spec.method} ${spec.path} HTTP/1.1\r\nhost: ${this.host}:${this.port}\r\nconnection: keep-alive\r\n`;
    if (spec.body !== undefined) head += `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`;
    for (const [name, value] of Object.entries(spec.headers ?? {})) head += `${name}: ${value}\r\n`;
    const answer = new Promise<Answer>((resolve, reject) => (this.pending = { resolve, reject }));
    this.socket.write(`${head}\r\n${body}`);
    return answer;
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }

  private onData(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const headEnd = this.buffer.indexOf('\r\n\r\n');
    if (headEnd === -1) return;
    const head = this.buffer.toString('latin1', 0, headEnd);
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!length) {
      this.fail(new Error(`an answer without content-length: ${head.split('\r\n')[0]}`));
      this.socket?.destroy();
      return;
    }
    const end = headEnd + 4 + Number(length[1]);
    if (this.buffer.length < end) return;
    const body = this.buffer.subarray(headEnd + 4, end);
    this.buffer = this.buffer.subarray(end);
    const pending = this.pending;
    this.pending = null;
    pending?.resolve({ status, body });
    if (/\r\nconnection:\s*close/i.test(head)) this.socket?.destroy();
  }

  close(): void {
    this.socket?.destroy();
  }
}

export async function runLoad(
  baseUrl: string,
  clients: number,
  total: number,
  next: (i: number) => RequestSpec,
  onResponse?: (i: number, status: number, body: string) => void,
): Promise<LoadResult> {
  const base = new URL(baseUrl);
  const connections = Array.from({ length: clients }, () => new Connection(base.hostname, Number(base.port)));
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let issued = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    connections.map(async (connection) => {
      while (issued < total) {
        const i = issued++;
        const t0 = process.hrtime.bigint();
        try {
          const res = await connection.send(next(i));
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          if (res.status >= 400) errors += 1;
          onResponse?.(i, res.status, res.body.toString('utf8'));
        } catch {
          errors += 1;
          statuses.network = (statuses.network ?? 0) + 1;
        }
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const connection of connections) connection.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: pct(50), p99: pct(99), statuses };
}
