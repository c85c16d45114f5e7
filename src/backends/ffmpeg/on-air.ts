// When a push counts as on air. Bytes leaving the muxer are not enough: an RTMP server that refuses a publish
// (the stream is already being published, a wrong key) accepts the connection, takes the FLV header and a few
// frames, then hangs up. So the destination must keep taking data for a moment before the runner reports
// TaskStart — otherwise every retry of a refused push would report the relay running again.

/** How long the destination must keep taking data before the relay counts as on air (ms). */
export const ON_AIR_AFTER_MS = 1000;

/** Watches one muxer's progress reports (its output byte count); one per muxer process. */
export class OnAirWatch {
  private flowingSince: number | null = null;
  private lastSize = 0;

  constructor(
    private readonly confirmMs = ON_AIR_AFTER_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** A progress report: true when the byte count grew and has been growing for at least `confirmMs`. */
  sawSize(totalSize: number): boolean {
    if (totalSize <= this.lastSize) return false;
    this.lastSize = totalSize;
    this.flowingSince ??= this.now();
    return this.now() - this.flowingSince >= this.confirmMs;
  }

  /** Nothing reached viewers for a while (an interruption was reported): the flow must prove itself again. */
  reset(): void {
    this.flowingSince = null;
  }
}
