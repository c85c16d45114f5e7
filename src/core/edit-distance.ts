// How many keystrokes apart two words are, for "did you mean …" answers (a misspelt setting name, a mistyped verb).
// Optimal string alignment distance: insertions, deletions, substitutions, and a swap of two neighbouring letters
// counted as one slip ("lsit" is one step from "list", where plain Levenshtein says two). Small enough to keep here
// rather than add a dependency for it.
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The candidate fewest slips away from `word` (the first of equals), with how many; undefined when there are none. */
export function nearest(word: string, candidates: Iterable<string>): { word: string; distance: number } | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best;
}

/**
 * The word `typed` most likely meant: one slip in a short word ("lsit"), two in a long one ("unsubscirbe"); more
 * and it is another word. Null for an exact match (nothing was mistyped) or nothing that close.
 */
export function likelySlipOf(typed: string, candidates: Iterable<string>): string | null {
  const best = nearest(typed, candidates);
  if (!best || best.distance === 0 || best.distance > (typed.length >= 6 ? 2 : 1)) return null;
  return best.word;
}
