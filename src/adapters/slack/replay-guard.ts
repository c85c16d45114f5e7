// Slack retries a request it thinks went unanswered (X-Slack-Retry-Num), re-sending the same body. A retry of
// a slash command or a button click must not run the handlers twice: the first delivery's answer is shared.
// Keyed by a hash of the raw body, which embeds Slack's unique trigger_id / event_id / action_ts, so two
// genuine clicks never collide while a retry always does.
import { hash } from 'node:crypto';

/**
 * The HTTP answer exactly as sent: its body already serialised. Thousands of answers are kept for Slack's
 * retries; kept as object trees (a preview's blocks, ~3.5 kB of small objects each) they made every young-
 * generation collection slower (scavenges took over twice as long under the Slack bench), while one string per
 * answer costs the collector next to nothing.
 */
export interface GuardedAnswer {
  status: number;
  /** Empty for no body. */
  body: string;
  contentType?: string;
}

const KEEP_MS = 10 * 60 * 1000; // Slack gives up retrying well within this.
const MAX_ENTRIES = 10_000;

export class ReplayGuard {
  private readonly seen = new Map<string, { at: number; answer: Promise<GuardedAnswer> }>();

  /** Runs `handle` for the first delivery of `rawBody`; later deliveries get the same answer. */
  once(rawBody: string, handle: () => Promise<GuardedAnswer>, nowMs = Date.now()): { answer: Promise<GuardedAnswer>; repeat: boolean } {
    // One-shot hashing: no Hash object per request on the ack path.
    const key = hash('sha256', rawBody, 'base64url');
    const earlier = this.seen.get(key);
    if (earlier && nowMs - earlier.at < KEEP_MS) return { answer: earlier.answer, repeat: true };
    this.sweep(nowMs);
    const answer = handle();
    this.seen.set(key, { at: nowMs, answer });
    // A delivery that failed on our side is worth running again when Slack retries it.
    void answer.then((result) => {
      if (result.status >= 500) this.seen.delete(key);
    });
    return { answer, repeat: false };
  }

  private sweep(nowMs: number): void {
    // Map keeps insertion order: the oldest entries come first.
    for (const [key, entry] of this.seen) {
      if (nowMs - entry.at < KEEP_MS && this.seen.size < MAX_ENTRIES) break;
      this.seen.delete(key);
    }
  }
}
