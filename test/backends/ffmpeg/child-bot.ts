// The runner in a bot process of its own (fixtures/supervisor-child*.ts), for the tests that kill it: the relay
// events it prints and the pids of the ffmpegs it spawns, gathered from its stdout (one JSON line each) as they
// come, so that a test can wait on them and clean up every ffmpeg whatever happens.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { RelayCallbackBody } from '../../../src/core/relay-event.js';

export interface ChildBot {
  child: ChildProcess;
  events: RelayCallbackBody[];
}

/** Starts `script` on `dataDir`; each ffmpeg it spawns is added to `pids`. */
export function startChildBot(script: string, dataDir: string, pids: Set<number>): ChildBot {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const events: RelayCallbackBody[] = [];
  let pending = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const parsed = JSON.parse(line) as { event?: RelayCallbackBody; msg?: string; pid?: number };
      if (parsed.event) events.push(parsed.event);
      if (parsed.msg === 'ffmpeg spawned' && parsed.pid) pids.add(parsed.pid);
    }
  });
  return { child, events };
}

/** Alive and not a zombie (a killed orphan may wait for a reaper that never comes in a container). */
export function isRunning(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}
