// Scores a scheduling corpus (the format of ../shared/bench/check-corpus.mjs) in-process, through the same
// parseRelayCommand call and the same judging as `relaybot parse --json`, so a whole corpus runs in well
// under a second instead of spawning the CLI per case.
import { readFileSync } from 'node:fs';
import { parseRelayCommand } from '../../src/core/command/index.js';
import type { Locale } from '../../src/core/i18n.js';

export interface CorpusCase {
  id: string;
  locale: Locale;
  time?: string;
  full?: string;
  tz?: string;
  start?: string;
  end?: string;
  startNear?: boolean;
  durationMin?: number;
  fields?: Record<string, unknown>;
  error?: string;
  errorPrefix?: string;
  anyError?: boolean;
}

export interface Corpus {
  now: string;
  domain: string;
  operator: string;
  defaultTz: string;
  prefix: Record<string, string>;
  cases: CorpusCase[];
}

export const loadCorpus = (path: string): Corpus => JSON.parse(readFileSync(path, 'utf8')) as Corpus;

const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** Why the case fails, or null when it passes; mirrors check-corpus.mjs's judge. */
export function judgeCase(corpus: Corpus, c: CorpusCase): string | null {
  const now = new Date(corpus.now);
  const text = c.full ?? `${corpus.prefix[c.locale]}${c.time ?? ''}`;
  const parsed = parseRelayCommand(text, {
    timeZone: c.tz ?? corpus.defaultTz,
    now,
    locale: c.locale,
    operator: corpus.operator,
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    defaultDomain: corpus.domain,
  });
  if (c.error || c.errorPrefix || c.anyError) {
    if (parsed.ok) return 'expected a rejection, got ok';
    const codes = parsed.error.map((e) => String(e.code));
    if (c.error && !codes.includes(c.error)) return `expected code ${c.error}, got ${codes.join(',')}`;
    if (c.errorPrefix && !codes.some((x) => x.startsWith(c.errorPrefix ?? ''))) return `expected ${c.errorPrefix}*, got ${codes.join(',')}`;
    return null;
  }
  if (!parsed.ok) return `expected ok, got ${JSON.stringify(parsed.error.map((e) => [e.code, e.key, e.params ?? null])).slice(0, 200)}`;
  const r = parsed.value.request as unknown as Record<string, unknown>;
  const start = String(r.StartTime);
  const end = String(r.EndTime);
  if (!API_TIME.test(start) || !API_TIME.test(end)) return `time format: ${start} ${end}`;
  if (c.start && (start !== c.start || end !== c.end)) return `got ${start}..${end}, want ${c.start}..${c.end}`;
  if (c.startNear) {
    const s = Date.parse(start);
    const e = Date.parse(end);
    if (!(s >= now.getTime() && s <= now.getTime() + 5 * 60e3)) return `start ${start} is not within 5 minutes after now`;
    if (e - s !== (c.durationMin ?? 0) * 60e3) return `lasts ${(e - s) / 60e3} min, want ${c.durationMin}`;
  }
  for (const [k, v] of Object.entries(c.fields ?? {})) {
    if (JSON.stringify(r[k]) !== JSON.stringify(v)) return `${k}: got ${JSON.stringify(r[k])}, want ${JSON.stringify(v)}`;
  }
  if (!c.full) {
    const want = { SourceType: 'PullVodPushLive', DomainName: corpus.domain, AppName: 'live', StreamName: 'evening' };
    for (const [k, v] of Object.entries(want)) if (r[k] !== v) return `${k}: got ${JSON.stringify(r[k])}, want ${JSON.stringify(v)}`;
  }
  return null;
}

/** Every failing case as one line: id, phrase, reason. */
export function corpusFailures(corpus: Corpus): string[] {
  return corpus.cases.flatMap((c) => {
    const why = judgeCase(corpus, c);
    return why ? [`${c.id} [${c.locale} ${c.tz ?? corpus.defaultTz}] ${c.time ?? c.full ?? ''} -> ${why}`] : [];
  });
}
