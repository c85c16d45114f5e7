// Restart delays after failures: doubling from `baseMs` up to `maxMs`, back to the start once a run has been
// healthy for `stableMs`. Pure state, the caller owns the clock.

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
  stableMs: number;
}

export class Backoff {
  private failures = 0;

  constructor(private readonly settings: BackoffSettings) {}

  /** The delay before the next attempt, after one more failure. */
  nextDelay(): number {
    this.failures += 1;
    return Math.min(this.settings.maxMs, this.settings.baseMs * 2 ** (this.failures - 1));
  }

  /** A run that lasted `healthyMs` before failing: long enough resets the doubling. */
  noteHealthy(healthyMs: number): void {
    if (healthyMs >= this.settings.stableMs) this.failures = 0;
  }

  get consecutiveFailures(): number {
    return this.failures;
  }
}
