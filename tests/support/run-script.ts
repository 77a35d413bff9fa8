/**
 * A script of scripts/ (npm run demo, migrate, …) as a child process, the way npm runs it but without
 * npm in between (`node --import tsx scripts/<name>.ts`), so a SIGKILL hits the script itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT, testMasterKeyFile } from './child-server.ts';

export interface ScriptOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningScript {
  readonly child: ChildProcess;
  readonly done: Promise<ScriptOutcome>;
  kill(): Promise<ScriptOutcome>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** Starts `scripts/<script>` with these arguments and environment additions (DATABASE_URL is unset unless given). */
export function startScript(script: string, args: string[], env: Record<string, string>, timeoutMs = 240_000): RunningScript {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  delete childEnv.NODE_OPTIONS;
  delete childEnv.DATABASE_URL;
  Object.assign(childEnv, { DOCKET_MASTER_KEY: testMasterKeyFile() }, env);
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<ScriptOutcome>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    done,
    kill: () => {
      child.kill('SIGKILL');
      return done;
    },
  };
}

export function runScript(script: string, args: string[], env: Record<string, string>, timeoutMs?: number): Promise<ScriptOutcome> {
  return startScript(script, args, env, timeoutMs).done;
}
