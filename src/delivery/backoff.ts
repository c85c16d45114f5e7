// Retry delays for a chat API that is down: exponential from one second, capped, with jitter so that many
// queued messages do not all retry in the same instant when the API comes back.

export function retryDelayMs(attempts: number, maxMs: number, random: () => number = Math.random): number {
  const exponential = Math.min(maxMs, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(exponential * (0.75 + random() * 0.5));
}
