// `relaybot create` without --yes at a terminal, answered the other ways people answer a y/N question: Ctrl-D or
// Ctrl-C is a "no" (cancelled, nothing created, exit 1), not "failed unexpectedly … report the log" (exit 70) or a
// silent exit 13; and with stdout piped or redirected (`| jq`, `> out.txt`) the preview and the question still
// reach the person on the terminal, while stdout gets only the result. Runs on a real pseudo-terminal (python3's
// pty module), as test/cli/interactive-create.test.ts does.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli, type CliHarness } from './lifecycle-harness.js';

const BIN = fileURLToPath(new URL('../../bin/relaybot.mjs', import.meta.url));
/** Runs argv on a new pty, copying our stdin to it and its output to our stdout; exits with the child's code. */
const ON_A_PTY = 'import os, pty, sys\nsys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))';
const COMMAND = 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h';
const QUESTION = 'Create this task? [y/N]';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

/** Runs `argv` on a terminal, types `keys` once the question shows, returns the exit code and the screen. */
function onTerminal(argv: string[], keys: string): Promise<{ code: number | null; screen: string }> {
  const child = spawn('python3', ['-c', ON_A_PTY, ...argv], { cwd: cli.dataDir, env: { ...cli.env, TERM: 'dumb' }, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  let answered = false;
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    if (!answered && screen.includes(QUESTION)) {
      answered = true;
      child.stdin.write(keys);
    }
  });
  // Never answered (the question went somewhere the person cannot see): end it, and let the assertions say so.
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, screen });
    });
  });
}

const create = (requestId: string) => [process.execPath, BIN, 'create', '--request-id', requestId, '--', COMMAND];

describe('relaybot create at a terminal, answered without y or n', () => {
  it('Ctrl-D at the question cancels: nothing created, exit 1, no "unexpected" error', { timeout: 60_000 }, async () => {
    const { code, screen } = await onTerminal(create('tty-eof'), '\x04');
    expect(screen).toContain('Cancelled; nothing was created.');
    expect(screen).not.toMatch(/unexpected|Aborted|AbortError/);
    expect(code).toBe(1);
    expect(cli.standin.tasks.size).toBe(0);
  });

  it('Ctrl-C at the question cancels the same way', { timeout: 60_000 }, async () => {
    const { code, screen } = await onTerminal(create('tty-ctrl-c'), '\x03');
    expect(screen).toContain('Cancelled; nothing was created.');
    expect(code).toBe(1);
    expect(cli.standin.tasks.size).toBe(0);
  });
});

describe('relaybot create with its stdout redirected', () => {
  it('asks on the terminal, and writes only the created task to stdout', { timeout: 60_000 }, async () => {
    const out = join(cli.dataDir, 'created.txt');
    const shell = `"$0" "$@" > '${out}'`;
    const { code, screen } = await onTerminal(['sh', '-c', shell, ...create('tty-redirect')], 'y\r');
    expect(screen).toContain('rtmp://push.example.com/live/ev****');
    expect(code, screen).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toMatch(/^Created task \w+\./);
    expect(written).not.toContain(QUESTION);
    expect(written).not.toContain('\x1b[');
    expect(cli.standin.tasks.size).toBe(1);
  });
});
