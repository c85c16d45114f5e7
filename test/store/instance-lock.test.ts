// One bot per data directory: the lock is held by a live process and names it, and dies with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireInstanceLock, InstanceLockedError, runningInstance } from '../../src/store/instance-lock.js';

const HOLDER = fileURLToPath(new URL('./fixtures/lock-holder.ts', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'relaybot-lock-'));
  dirs.push(dir);
  return join(dir, 'data');
}

/** Another process holding the lock, once it says it has it. */
async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
    child.on('exit', (code) => reject(new Error(`lock holder exited (${code})`)));
  });
  return child;
}

function lockedError(dir: string): InstanceLockedError {
  try {
    acquireInstanceLock(dir, { waitMs: 50 }).release();
  } catch (error) {
    expect(error).toBeInstanceOf(InstanceLockedError);
    return error as InstanceLockedError;
  }
  throw new Error('the lock was free');
}

describe('the instance lock of a data directory', () => {
  it('refuses a second holder, naming the pid of the process that has it', async () => {
    const dir = dataDir();
    const other = await holder(dir);
    const error = lockedError(dir);
    expect(error.pid).toBe(other.pid);
    expect(error.dataDir).toBe(dir);
    expect(runningInstance(dir)).toEqual({ running: true, pid: other.pid });
  }, 30_000);

  it('is taken over at once when its holder was killed (no stale lock to wait out)', async () => {
    const dir = dataDir();
    const other = await holder(dir);
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
    expect(runningInstance(dir)).toEqual({ running: false });
    const lock = acquireInstanceLock(dir, { pid: 4242 });
    try {
      expect(lockedError(dir).pid).toBe(4242);
    } finally {
      lock.release();
    }
  }, 30_000);

  it('is free again once released, and within one process a second holder is refused too', () => {
    const dir = dataDir();
    const first = acquireInstanceLock(dir);
    expect(lockedError(dir).pid).toBe(process.pid);
    first.release();
    first.release(); // twice is harmless
    expect(runningInstance(dir)).toEqual({ running: false });
    acquireInstanceLock(dir).release();
  });

  it('is not needed for an in-memory store', () => {
    const a = acquireInstanceLock(':memory:');
    const b = acquireInstanceLock(':memory:');
    a.release();
    b.release();
    expect(runningInstance(':memory:')).toEqual({ running: false });
  });
});
