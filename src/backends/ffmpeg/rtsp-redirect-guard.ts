// What an RTSP server sends to ffmpeg passes through the runner's loopback tunnel and this guard, which ends the
// connection at a redirect. ffmpeg follows an RTSP 3xx answer's Location to any host and port by itself
// (libavformat/rtsp.c: "Status 302: Redirecting to …"), past the address policy that checked the server it was
// given: a public camera could send it on to a metadata service or the bot's own port. Nothing else in an RTSP
// session over TCP makes ffmpeg connect anywhere (its commands and the media, interleaved after '$', share the one
// connection), so a redirect is the one thing to stop.
//
// ffmpeg reads a status line as: a word starting "RTSP/", spaces, and a status word read with atoi (leading zeros
// and a plus sign allowed, only a prefix of a long word kept), with every "\r" dropped. The guard looks for that
// shape anywhere in the stream, "\r" dropped, and for any status word whose digits begin like a 3xx code: stricter
// than ffmpeg (a truncated or odd status line it would not follow is refused too), never looser. Pure streaming:
// a state carried from chunk to chunk, and a chunk with a redirect in it is never passed on.
import { Transform, type TransformCallback } from 'node:stream';

const PREFIX = 'RTSP/';

/** Where the guard is in the shape "RTSP/<word> <spaces>[+]<zeros>3<digit><digit>". */
type State =
  | { at: 'prefix'; matched: number }
  | { at: 'word' }
  | { at: 'spaces'; seen: boolean }
  | { at: 'zeros' }
  | { at: 'digits'; count: number };

export class RtspRedirectError extends Error {
  constructor() {
    super('the RTSP server answered with a redirect, which is not followed');
    this.name = 'RtspRedirectError';
  }
}

export class RtspRedirectGuard extends Transform {
  private state: State = { at: 'prefix', matched: 0 };

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let at = 0;
    while (at < chunk.length) {
      // Media is most of what passes: while nothing has begun to match, skip straight to the next "R" or "r".
      if (this.state.at === 'prefix' && this.state.matched === 0) {
        at = nextLetterR(chunk, at);
        if (at < 0) break;
      }
      const byte = chunk[at++]!;
      if (byte === 0x0d) continue; // ffmpeg drops every "\r" from the lines it reads
      if (this.step(String.fromCharCode(byte))) {
        done(new RtspRedirectError());
        return;
      }
    }
    done(null, chunk);
  }

  /** Advances the state by one character; true when the stream has shown a redirect's status line. */
  private step(char: string): boolean {
    const state = this.state;
    switch (state.at) {
      case 'prefix':
        if (char.toUpperCase() === PREFIX[state.matched]) {
          this.state = state.matched + 1 === PREFIX.length ? { at: 'word' } : { at: 'prefix', matched: state.matched + 1 };
        } else this.restart(char);
        return false;
      case 'word':
        if (char === ' ' || char === '\t') this.state = { at: 'spaces', seen: false };
        else if (char === '\n') this.restart(char);
        return false;
      case 'spaces':
        if (char === ' ' || char === '\t') return false;
        if (char === '+' && !state.seen) this.state = { at: 'spaces', seen: true };
        else return this.statusDigit(char);
        return false;
      case 'zeros':
        return this.statusDigit(char);
      case 'digits':
        if (char >= '0' && char <= '9') {
          if (state.count + 1 === 3) return true;
          this.state = { at: 'digits', count: state.count + 1 };
        } else this.restart(char);
        return false;
    }
  }

  /** A status word's digits: zeros first, then a "3" starts what could be a 3xx code. */
  private statusDigit(char: string): boolean {
    if (char === '0') this.state = { at: 'zeros' };
    else if (char === '3') this.state = { at: 'digits', count: 1 };
    else this.restart(char);
    return false;
  }

  /** Back to looking for "RTSP/", this character perhaps its first. */
  private restart(char: string): void {
    this.state = { at: 'prefix', matched: char.toUpperCase() === PREFIX[0] ? 1 : 0 };
  }
}

/** Where the next "R" or "r" is from `from`, or -1. */
function nextLetterR(chunk: Buffer, from: number): number {
  const upper = chunk.indexOf(0x52, from);
  const lower = chunk.indexOf(0x72, from);
  if (upper < 0) return lower;
  return lower < 0 ? upper : Math.min(upper, lower);
}
