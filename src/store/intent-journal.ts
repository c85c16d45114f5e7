// An append-only file of the writes the store has accepted but not yet committed to SQLite (store/pending-writes.ts).
// One JSON line per write, appended with a single write() before the write is acknowledged: like a commit in WAL
// mode with synchronous=NORMAL (the database's own setting), it is in the OS's hands when the call returns, so it
// survives the process dying however it dies, though not the machine losing power. Once the writes it holds are
// committed, the file is cut back to nothing. At the next open, whatever it still holds is committed first.
//
// It holds what the tasks table holds (requests with their push URLs, callback tokens), so it is made readable by
// its owner only.
import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';

export const INTENT_JOURNAL_FILE = 'relaybot.intents';

export class IntentJournal {
  private fd: number | null;
  /** Whether anything was appended since the file was last cut back. */
  private holding = false;

  constructor(readonly path: string) {
    // 'a': every write lands at the end, including after the file is cut back to nothing.
    this.fd = openSync(path, 'a', 0o600);
  }

  /** Appends one entry; once this returns it survives a crash of the process. */
  append(entry: object): void {
    if (this.fd === null) throw new Error('the intent journal is closed');
    writeSync(this.fd, `${JSON.stringify(entry)}\n`);
    this.holding = true;
  }

  /** Forgets every entry: called once all of them are committed to the database. */
  clear(): void {
    if (this.fd === null || !this.holding) return;
    ftruncateSync(this.fd, 0);
    this.holding = false;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * The entries a journal file holds, oldest first. A last line without its newline was being written when the process
 * died: the write it describes was never acknowledged (nor, for a create, sent to the provider), so it is left out,
 * as is a line that does not parse. `skipped` counts them.
 */
export function readIntentJournal(path: string): { entries: unknown[]; skipped: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], skipped: 0 };
    throw error;
  }
  const lines = text.split('\n');
  const torn = lines.pop(); // '' when the file ends with a newline
  const entries: unknown[] = [];
  let skipped = torn ? 1 : 0;
  for (const line of lines) {
    if (!line) continue;
    try {
      entries.push(JSON.parse(line) as unknown);
    } catch {
      skipped += 1;
    }
  }
  return { entries, skipped };
}
