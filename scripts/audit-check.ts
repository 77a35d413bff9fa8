/**
 * `npm run audit:check -- --url <base> --token <admin token> --checkpoint <saved.json> --public-key <file> [--out <file>]`
 *
 * Proves, from a checkpoint saved earlier and the public key obtained out of band, that the log the
 * server serves now is the one that checkpoint signed, grown only by appends (src/audit/checker.ts).
 * On success it writes the server's latest checkpoint over the saved one (or to --out) for next time.
 *
 * Exit status: 0 the log checks; 1 it does not (the first event that differs is named); 2 the check
 * could not be made (bad arguments, a malformed checkpoint file, a key that is not Ed25519, a saved
 * checkpoint another key signed, the server unreachable or refusing).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkLog, CheckerInputError, parseCheckpoint, type Get } from '../src/audit/checker.ts';
import { publicKeyFromPem } from '../src/audit/signing.ts';

const say = (text: string) => process.stdout.write(`${text}\n`);
const refuse = (text: string): never => {
  process.stderr.write(`audit:check could not check the log: ${text}\n`);
  process.exit(2);
};

function options() {
  try {
    const { values } = parseArgs({
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        checkpoint: { type: 'string' },
        'public-key': { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
    });
    const { url, token, checkpoint } = values;
    const publicKey = values['public-key'];
    if (!url || !token || !checkpoint || !publicKey) return refuse('--url, --token, --checkpoint and --public-key are required');
    if (!/^https?:\/\//.test(url)) return refuse(`--url ${JSON.stringify(url)} is not an http(s) URL`);
    return { url: url.replace(/\/+$/, ''), token, checkpoint, publicKey, out: values.out ?? checkpoint };
  } catch (error) {
    return refuse((error as Error).message);
  }
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return refuse(`cannot read ${what} ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

const args = options();
let saved;
let publicKey;
try {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readText(args.checkpoint, 'the checkpoint file'));
  } catch {
    throw new CheckerInputError(`the checkpoint file ${args.checkpoint} is not JSON`);
  }
  saved = parseCheckpoint(parsed, `the checkpoint file ${args.checkpoint}`);
  publicKey = publicKeyFromPem(readText(args.publicKey, 'the public key'), `the public key file ${args.publicKey}`);
} catch (error) {
  refuse((error as Error).message);
}

const get: Get = async (path) => {
  let response: Response;
  try {
    response = await fetch(`${args.url}${path}`, { headers: { authorization: `Bearer ${args.token}` }, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new CheckerInputError(`${args.url} cannot be reached (${(error as Error).message})`);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body };
};

try {
  const result = await checkLog(get, saved!, publicKey!);
  if (result.ok) {
    const temporary = `${args.out}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(result.latest, null, 2)}\n`);
    renameSync(temporary, args.out);
    say(
      `ok: the log is the one the saved checkpoint signed (${result.saved.treeSize} events), grown only by appends to ${result.latest.treeSize} events; ` +
        `all ${result.eventsChecked} recomputed. The latest checkpoint (${result.latest.issuedAt}) is saved in ${args.out}.`,
    );
    process.exit(0);
  }
  process.stderr.write(`TAMPERED: ${result.problem}\n`);
  if (result.difference) {
    const d = result.difference;
    const where = d.signed ?? d.served;
    if (where) process.stderr.write(`first difference: ${where.streamId} version ${where.version} (leaf ${d.leafIndex})\n`);
    process.stderr.write(`${d.detail}\n`);
  }
  process.stderr.write(`The saved checkpoint (${args.checkpoint}) was left as it is.\n`);
  process.exit(1);
} catch (error) {
  if (error instanceof CheckerInputError) refuse(error.message);
  throw error;
}
