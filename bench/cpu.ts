/**
 * Where benchmark 1's CPU goes: the server's process, the PostgreSQL backends serving its database,
 * and the cores' idle share, read from /proc before and after a phase (Linux only; elsewhere the
 * figures are absent). A diagnostic beside the rate: on 2 shared cores the rate moves with the
 * machine, while the CPU a command shows which side a change made cheaper.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks a second of /proc's CPU times (USER_HZ; 100 on Linux). */
const TICKS_PER_SECOND = 100;

interface Sample {
  server: number;
  database: number;
  idle: number;
  total: number;
}

export interface PhaseCpu {
  /** CPU milliseconds a command: the server process, and the PostgreSQL backends of its database. */
  serverMs: number;
  databaseMs: number;
  /** Share of both cores' time left idle during the phase, in per cent. */
  idlePercent: number;
}

/** utime + stime of one process, in ticks (fields 14 and 15 of /proc/PID/stat, after the name). */
function processTicks(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** A backend's command line: "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE". */
const BACKEND = /^postgres: (?:\S+: )?\S+ (\S+) \S+\(\d+\)/;

/** The backends of one database (TCP connections, as the server under test makes). */
function databaseTicks(database: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (BACKEND.exec(cmdline)?.[1] === database) ticks += processTicks(pid);
    } catch {
      // the process ended while we looked
    }
  }
  return ticks;
}

function sample(serverPid: number, database: string | undefined): Sample {
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return {
    server: processTicks(String(serverPid)),
    database: database ? databaseTicks(database) : 0,
    idle: cpu[3]! + cpu[4]!,
    total: cpu.reduce((a, b) => a + b, 0),
  };
}

/** Starts measuring; the returned function ends the phase of `commands` commands. Undefined without /proc. */
export function measureCpu(serverPid: number | undefined, databaseUrl: string | undefined): ((commands: number) => PhaseCpu) | undefined {
  if (serverPid === undefined) return undefined;
  const database = databaseUrl ? decodeURIComponent(new URL(databaseUrl).pathname.slice(1)) : undefined;
  let before: Sample;
  try {
    before = sample(serverPid, database);
  } catch {
    return undefined;
  }
  return (commands) => {
    const after = sample(serverPid, database);
    const ms = (ticks: number) => ((ticks / TICKS_PER_SECOND) * 1000) / Math.max(1, commands);
    return {
      serverMs: ms(after.server - before.server),
      databaseMs: ms(after.database - before.database),
      idlePercent: (100 * (after.idle - before.idle)) / Math.max(1, after.total - before.total),
    };
  };
}
