/**
 * Witnesses outside the database: each issued checkpoint is written to a directory (one file per
 * checkpoint and `latest.json`) and/or POSTed as JSON to a URL, so a later rewrite of the database
 * cannot take back what was signed. A witness that fails is logged; the checkpoint stays issued.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logging.ts';
import type { Checkpoint } from './signing.ts';

export interface WitnessOptions {
  /** DOCKET_CHECKPOINT_DIR */
  directory?: string | undefined;
  /** DOCKET_CHECKPOINT_URL */
  url?: string | undefined;
  /** How long a POST may take (ms). */
  timeoutMs?: number;
}

export interface Witnessed {
  /** The file written, or null when no directory is configured or writing failed. */
  file: string | null;
  /** The URL's status, or null when none is configured or it could not be reached. */
  urlStatus: number | null;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o644 });
  await rename(temporary, path);
}

export async function witness(checkpoint: Checkpoint, options: WitnessOptions, logger?: Logger): Promise<Witnessed> {
  const result: Witnessed = { file: null, urlStatus: null };
  const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
  if (options.directory) {
    try {
      await mkdir(options.directory, { recursive: true });
      const file = join(options.directory, `checkpoint-${checkpoint.treeSize}-${checkpoint.issuedAt.replace(/[:.]/g, '')}.json`);
      await writeAtomically(file, text);
      await writeAtomically(join(options.directory, 'latest.json'), text);
      result.file = file;
    } catch (error) {
      logger?.warn({ err: error, directory: options.directory }, 'the checkpoint could not be written to DOCKET_CHECKPOINT_DIR');
    }
  }
  if (options.url) {
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      result.urlStatus = response.status;
      if (!response.ok) logger?.warn({ status: response.status }, 'DOCKET_CHECKPOINT_URL refused the checkpoint');
    } catch (error) {
      logger?.warn({ err: error }, 'the checkpoint could not be sent to DOCKET_CHECKPOINT_URL');
    }
  }
  return result;
}
