/**
 * What `npm run backup` and `npm run restore` share: one file argument (and flags), usage on
 * --help or a wrong call, one summary line on success, and "refused" or "failed" on standard error
 * (exit 1) otherwise.
 */
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../src/config.ts';
import { BackupError } from '../src/ops/backup-file.ts';

export function runBackupCli(
  command: 'backup' | 'restore',
  usage: string,
  flags: string[],
  run: (file: string, flags: Set<string>, config: Config) => Promise<string>,
): void {
  const main = async (): Promise<number> => {
    const options = Object.fromEntries(['help', ...flags].map((f) => [f, { type: 'boolean' as const }]));
    const { positionals, values } = parseArgs({ options, allowPositionals: true, strict: true });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1) {
      process.stderr.write(`${usage}\n`);
      return 1;
    }
    const given = new Set(flags.filter((f) => values[f] === true));
    process.stdout.write(`${await run(file, given, loadConfig())}\n`);
    return 0;
  };
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A refusal changed nothing; a failure (a tool that failed, a restore that did not verify) may have.
      const refused = error instanceof BackupError && error.reason !== 'verification_failed' && error.reason !== 'tool_failed';
      process.stderr.write(`${command} ${refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
