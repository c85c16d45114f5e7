// `relaybot create` without --yes, as a person at a terminal uses it: the preview, the y/N question, and only a
// "y" creates anything. The CLI runs on a real pseudo-terminal (Python's pty module, present wherever python3
// is: Node has no pty of its own), so `process.stdin.isTTY` is true exactly as in a shell.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n.js';
import { startCli, type CliHarness } from './lifecycle-harness.js';

const BIN = fileURLToPath(new URL('../../bin/relaybot.mjs', import.meta.url));
/** Runs argv on a new pty, copying our stdin to it and its output to our stdout; exits with the child's code. */
const ON_A_PTY = 'import os, pty, sys\nsys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))';
const COMMAND = 'https://cdn.example.com/show.mp4 to live/evening tomorrow 8pm for 2h';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCli();
});
afterAll(async () => cli.close());

/** Starts `relaybot create -- COMMAND` on a terminal, answers the question with `answer`, returns exit and screen. */
function createAnswering(answer: string, requestId: string): Promise<{ code: number | null; screen: string }> {
  const child = spawn('python3', ['-c', ON_A_PTY, process.execPath, BIN, 'create', '--request-id', requestId, '--', COMMAND], {
    cwd: cli.dataDir,
    env: { ...cli.env, TERM: 'dumb' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let answered = false;
  const question = t('en', 'cli.lifecycle.confirmPrompt').trim();
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    if (!answered && screen.includes(question)) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen }));
  });
}

describe('relaybot create at a terminal', () => {
  it('shows what it understood and creates nothing on "n"', { timeout: 60_000 }, async () => {
    const { code, screen } = await createAnswering('n', 'tty-no');
    expect(screen).toContain('rtmp://push.example.com/live/ev****');
    expect(screen).not.toContain('live/evening');
    expect(screen).toContain(t('en', 'cli.lifecycle.cancelled'));
    expect(code).not.toBe(0);
    expect(cli.standin.tasks.size).toBe(0);
    const list = await cli.run(['list', '--json']);
    expect(list.json.tasks).toEqual([]);
  });

  it('creates the task on "y"', { timeout: 60_000 }, async () => {
    const { code, screen } = await createAnswering('y', 'tty-yes');
    expect(code, screen).toBe(0);
    expect(cli.standin.tasks.size).toBe(1);
    const list = await cli.run(['list', '--json']);
    expect(list.json.tasks).toHaveLength(1);
  });

  it('warns before the question when another relay pushes to the same stream then, and still lets the person choose', { timeout: 60_000 }, async () => {
    const [existing] = (await cli.run(['list', '--json'])).json.tasks as { id: string }[];
    const { screen } = await createAnswering('n', 'tty-dup');
    const question = screen.indexOf(t('en', 'cli.lifecycle.confirmPrompt').trim());
    const warning = screen.indexOf(`same stream at an overlapping time: ${existing!.id}`);
    expect(warning, screen).toBeGreaterThan(-1);
    expect(warning).toBeLessThan(question);
    expect(cli.standin.tasks.size).toBe(1);
  });
});
