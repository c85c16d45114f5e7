// A mistyped verb ("lsit", "stpo r7kq2m") would otherwise be read as a new relay and answered with "add a
// source… say where to push… say when", which tells the operator nothing about the typo. A command that has no
// URL (every relay has a source URL) and starts with a word one or two letters away from a verb is answered with
// the command it most likely meant instead. Every front end asks the same question: Slack and Discord through
// core/chat, the terminal before it (where "quit" and "exit" are words too).
import { likelySlipOf } from '../edit-distance.js';
import { matchVerb, VERBS } from './verbs.js';

/** The command as it was most likely meant ("list", "stop r7kq2m"), or null when it is not a mistyped verb. */
export function likelyVerb(line: string, extraWords: readonly string[] = []): string | null {
  const text = line.trim();
  if (/:\/\//.test(text) || matchVerb(text)) return null;
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  if (!/^[a-z]{2,}$/.test(word)) return null;
  const verb = likelySlipOf(word, [...VERBS, ...extraWords]);
  return verb === null ? null : [verb, ...rest].join(' ');
}
