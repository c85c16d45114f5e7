// Per-channel pacing: at most `perSecond` writes (posts and edits) to one channel, and none while the
// platform has told us to wait (429 Retry-After). Slack allows about one message per second per channel;
// Discord's per-channel bucket is similar. In memory: after a restart the first write simply goes at once.

export class ChannelBudget {
  private readonly intervalMs: number;
  private readonly nextAt = new Map<string, number>();

  constructor(perSecond: number) {
    this.intervalMs = 1000 / perSecond;
  }

  /** How long before the channel may be written to again (0: now). */
  waitMs(channel: string, now: number): number {
    return Math.max(0, (this.nextAt.get(channel) ?? 0) - now);
  }

  /** Spends one write now. */
  take(channel: string, now: number): void {
    this.nextAt.set(channel, Math.max(now, this.nextAt.get(channel) ?? 0) + this.intervalMs);
    if (this.nextAt.size > 10_000) this.forgetBefore(now);
  }

  /**
   * The write really starts now (after the claim and the rendering): the next one waits a full interval from
   * here, so the pacing holds at the wire and not just where the write was decided.
   */
  startedAt(channel: string, at: number): void {
    this.nextAt.set(channel, Math.max(this.nextAt.get(channel) ?? 0, at + this.intervalMs));
  }

  /** The platform said "not before `until`". */
  holdUntil(channel: string, until: number): void {
    this.nextAt.set(channel, Math.max(until, this.nextAt.get(channel) ?? 0));
  }

  private forgetBefore(now: number): void {
    for (const [channel, at] of this.nextAt) if (at <= now) this.nextAt.delete(channel);
  }
}
