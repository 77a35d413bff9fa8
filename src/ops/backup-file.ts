/**
 * A Docket backup file: one line naming the format and the checksum of the manifest, the manifest
 * (one line of JSON: what the backup holds, and the size and checksum of the payload), then the
 * payload itself (pg_dump's custom format, or PGlite's data folder as a gzipped tar):
 *
 *     DOCKET-BACKUP 1 <sha256 of the manifest line>\n
 *     {"docketVersion":…,"payload":{"format":…,"bytes":…,"sha256":…}}\n
 *     <payload bytes>
 *
 * Every byte is covered by a checksum, so a truncated or altered file is refused before anything
 * is restored. A backup is written beside its destination and renamed into place when complete:
 * the destination never holds half a backup.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import type { LogFacts } from '../store/log-facts.ts';

const MAGIC = 'DOCKET-BACKUP';
const FORMAT_VERSION = 1;
/** The header and manifest lines are read from this much of the file at most. */
const HEAD_LIMIT = 4 * 1024 * 1024;

export type PayloadFormat = 'pg_dump-custom' | 'pglite-data-dir-tgz';

export interface BackupManifest {
  docketVersion: string;
  createdAt: string;
  database: { kind: 'postgres' | 'pglite'; serverVersion: string };
  log: LogFacts;
  payload: { format: PayloadFormat; bytes: number; sha256: string };
}

export type BackupErrorReason =
  | 'not_a_backup'
  | 'truncated'
  | 'corrupted'
  | 'unsupported'
  | 'no_database'
  | 'target_not_empty'
  | 'data_dir_in_use'
  | 'tool_failed'
  | 'verification_failed';

/** A backup or restore that did not happen (or, for `verification_failed`, did not prove itself). */
export class BackupError extends Error {
  constructor(
    readonly reason: BackupErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** A checked backup file: its manifest, and where its payload starts. */
export interface BackupFile {
  path: string;
  manifest: BackupManifest;
  payloadOffset: number;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function hashFile(path: string, start = 0): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path, { start }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Writes `file` from the manifest and a payload (a file, or bytes in memory). Returns the manifest
 * as written (with the payload's size and checksum).
 */
export async function writeBackupFile(
  file: string,
  manifest: Omit<BackupManifest, 'payload'>,
  payload: { format: PayloadFormat } & ({ path: string } | { bytes: Uint8Array }),
): Promise<BackupManifest> {
  const summary = 'path' in payload ? await hashFile(payload.path) : { bytes: payload.bytes.length, sha256: sha256(payload.bytes) };
  const full: BackupManifest = { ...manifest, payload: { format: payload.format, ...summary } };
  const manifestLine = `${JSON.stringify(full)}\n`;
  const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
  const out = await open(partial, 'wx', 0o600);
  try {
    await out.write(`${MAGIC} ${FORMAT_VERSION} ${sha256(manifestLine)}\n${manifestLine}`);
    if ('path' in payload) {
      for await (const chunk of createReadStream(payload.path) as AsyncIterable<Buffer>) await out.write(chunk);
    } else {
      await out.write(payload.bytes);
    }
    await out.sync();
    await out.close();
    await rename(partial, file);
  } catch (error) {
    await out.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
  return full;
}

/**
 * Reads and checks a backup file: its header, the manifest's checksum, and the payload's size and
 * checksum. Throws BackupError (`not_a_backup`, `truncated`, `corrupted`, `unsupported`) otherwise.
 */
export async function readBackupFile(path: string): Promise<BackupFile> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError('not_a_backup', `${path} does not exist`);
    throw error;
  }
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(Math.min(size, HEAD_LIMIT));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const firstNewline = head.indexOf(0x0a);
  const header = head.subarray(0, firstNewline < 0 ? Math.min(head.length, 100) : firstNewline).toString('latin1');
  if (!header.startsWith(`${MAGIC} `)) throw new BackupError('not_a_backup', `${path} is not a Docket backup (it does not start with "${MAGIC}")`);
  const match = /^DOCKET-BACKUP (\d+) ([0-9a-f]{64})$/.exec(header);
  if (!match) {
    throw firstNewline < 0
      ? new BackupError('truncated', `${path} is truncated: it ends inside its header`)
      : new BackupError('corrupted', `${path} is corrupted: its header is not readable`);
  }
  if (Number(match[1]) !== FORMAT_VERSION) {
    throw new BackupError('unsupported', `${path} is a backup of format ${match[1]}; this version of Docket reads format ${FORMAT_VERSION}`);
  }
  const secondNewline = head.indexOf(0x0a, firstNewline + 1);
  if (secondNewline < 0) throw new BackupError('truncated', `${path} is truncated: it ends inside its manifest`);
  const manifestLine = head.subarray(firstNewline + 1, secondNewline + 1);
  if (sha256(manifestLine) !== match[2]) throw new BackupError('corrupted', `${path} is corrupted: its manifest does not match its checksum`);
  const manifest = JSON.parse(manifestLine.toString('utf8')) as BackupManifest;
  const payloadOffset = secondNewline + 1;
  const expected = manifest.payload;
  if (size - payloadOffset < expected.bytes) {
    throw new BackupError('truncated', `${path} is truncated: it holds ${size - payloadOffset} of the backup's ${expected.bytes} bytes`);
  }
  if (size - payloadOffset > expected.bytes) {
    throw new BackupError('corrupted', `${path} is corrupted: it has ${size - payloadOffset - expected.bytes} bytes more than the backup wrote`);
  }
  const actual = await hashFile(path, payloadOffset);
  if (actual.sha256 !== expected.sha256) throw new BackupError('corrupted', `${path} is corrupted: its contents do not match the checksum recorded when it was written`);
  return { path, manifest, payloadOffset };
}

/** The payload of a checked backup file, as a stream. */
export function payloadStream(backup: BackupFile): ReadStream {
  return createReadStream(backup.path, { start: backup.payloadOffset });
}
