// How many of a set of instants (ms) fall within the busiest one-second window: the figure a "N requests per
// second" limit is about. Shared by the limiter test and the burst benchmark.
export function busiestSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while (sorted[j]! - sorted[i]! >= 1000) i += 1;
    most = Math.max(most, j - i + 1);
  }
  return most;
}
