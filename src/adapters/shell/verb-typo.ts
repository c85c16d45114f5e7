// A mistyped verb at the terminal ("lsit", "stpo r7kq2m") would otherwise be read as a new relay and answered
// with "add a source… say where to push… say when", which tells the operator nothing about the typo. A line
// that has no URL (every relay has a source URL) and starts with a word one or two letters away from a verb is
// answered with the command it most likely meant instead.
import { matchVerb, VERBS } from '../../core/chat/verbs.js';
import { editDistance } from '../../core/edit-distance.js';

const WORDS: readonly string[] = [...VERBS, 'quit', 'exit'];

/** The line as it was most likely meant ("list", "stop r7kq2m"), or null when it is not a mistyped verb. */
export function likelyVerb(line: string): string | null {
  const text = line.trim();
  if (/:\/\//.test(text) || matchVerb(text)) return null;
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  if (!/^[a-z]{2,}$/.test(word)) return null;
  let best: { verb: string; score: number } | undefined;
  for (const verb of WORDS) {
    const score = editDistance(word, verb);
    if (!best || score < best.score) best = { verb, score };
  }
  // One slip in a short word ("lsit"), two in a long one ("unsubscirbe"): more and it is another word.
  if (!best || best.score === 0 || best.score > (word.length >= 6 ? 2 : 1)) return null;
  return [best.verb, ...rest].join(' ');
}
