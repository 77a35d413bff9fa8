/**
 * Local receivers for notification tests: an SMTP server (smtp-server) and an HTTP server, each on
 * 127.0.0.1 and a free port, recording what they receive, and able to refuse for a while.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface SmtpSink {
  url: string;
  mails: ReceivedMail[];
  /** Refuse the next `n` messages with a temporary error (451). */
  failNext(n: number): void;
  /** Refuse every message with a permanent error (550) until `failNext(0)`. */
  failForever(permanent?: boolean): void;
  close(): Promise<void>;
}

export async function smtpSink(): Promise<SmtpSink> {
  const mails: ReceivedMail[] = [];
  let failures = 0;
  let permanent = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (failures !== 0) {
          if (failures > 0) failures -= 1;
          const error = Object.assign(new Error(permanent ? 'mailbox unavailable' : 'try again later'), { responseCode: permanent ? 550 : 451 });
          return callback(error);
        }
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failNext: (n) => {
      failures = n;
      permanent = false;
    },
    failForever: (isPermanent = false) => {
      failures = -1;
      permanent = isPermanent;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedPost {
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface HttpSink {
  url: string;
  posts: ReceivedPost[];
  /** Answer the next `n` requests with `status` (503 by default), recording nothing. */
  failNext(n: number, status?: number): void;
  /** What a successful request is answered with (a robot's {"errcode":0}). */
  answer: string;
  close(): Promise<void>;
}

export async function httpSink(): Promise<HttpSink> {
  const posts: ReceivedPost[] = [];
  let failures = 0;
  let failStatus = 503;
  const sink: Partial<HttpSink> = { answer: '{"ok":true}' };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (failures > 0) {
        failures -= 1;
        response.writeHead(failStatus).end('unavailable');
        return;
      }
      posts.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> });
      response.writeHead(200, { 'content-type': 'application/json' }).end(sink.answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(sink, {
    url: `http://127.0.0.1:${port}/hook`,
    posts,
    failNext: (n: number, status = 503) => {
      failures = n;
      failStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as HttpSink;
}
