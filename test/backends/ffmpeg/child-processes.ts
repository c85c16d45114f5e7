// The ffmpeg processes this test process has running (its children, read from /proc): after a relay is
// stopped, none may be left behind.
import { readdirSync, readFileSync } from 'node:fs';

export function ffmpegChildren(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === process.pid && state !== 'Z' && /ffmpeg|setpriv/.test(comm)) found.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return found;
}
