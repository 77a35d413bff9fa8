/** deploy/docket.service: systemd accepts it as written, and it confines the server as docs/operations.md says. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/child-server.ts';

const UNIT = join(REPO_ROOT, 'deploy', 'docket.service');

function systemdAnalyze(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The unit's settings of one section: key → values (a key may be given several times). */
function settings(section: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current = '';
  for (const raw of readFileSync(UNIT, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header?.[1]) {
      current = header[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (current !== section || eq < 0) continue;
    const key = line.slice(0, eq);
    result.set(key, [...(result.get(key) ?? []), line.slice(eq + 1)]);
  }
  return result;
}

describe('deploy/docket.service', () => {
  const analyze = systemdAnalyze();
  // scripts/ci-prepare.sh installs systemd in CI; elsewhere the check needs it on the machine.
  it.skipIf(analyze === null)('passes `systemd-analyze verify` without a warning (systemd-analyze present)', () => {
    const result = spawnSync(analyze ?? 'systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('runs as its own user, cannot gain privileges, and may write only its data folder', () => {
    const service = settings('Service');
    expect(service.get('User')).toEqual(['docket']);
    expect(service.get('NoNewPrivileges')).toEqual(['yes']);
    expect(service.get('ProtectSystem')).toEqual(['strict']);
    expect(service.get('ProtectHome')).toEqual(['yes']);
    expect(service.get('EnvironmentFile')).toEqual(['/etc/docket/docket.env']);
    expect(service.get('StateDirectory')).toEqual(['docket']);
    expect(service.get('ReadWritePaths')).toEqual(['/var/lib/docket']);
    expect(service.get('Environment')).toContain('DOCKET_DATA_DIR=/var/lib/docket');
    expect(service.get('CapabilityBoundingSet')).toEqual(['']);
    // The bundle itself, with the flags `npm start` gives it: SIGTERM reaches the server, not npm.
    const start = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
    expect(service.get('ExecStart')).toEqual([start.replace(/^node /, '/usr/bin/node ')]);
  });
});
