// Builds test/fixtures/schedule-probes.json (the corpus format of ../shared/bench/check-corpus.mjs) from the
// hand-written test/fixtures/schedule-probes.txt: one "locale|phrase|start|end" line per case, times local at
// Duckling's reference zone (UTC-2) unless prefixed with Z (UTC); "now|minutes" for a start of now.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const lines = readFileSync(new URL('test/fixtures/schedule-probes.txt', root), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const base = JSON.parse(readFileSync(new URL('../shared/bench/duckling-schedule.json', root), 'utf8'));

function toUtc(written) {
  const utc = written.startsWith('Z');
  const [monthDay, clock] = (utc ? written.slice(1) : written).split(' ');
  const [month, day] = monthDay.split('-');
  const wall = new Date(`2013-${month}-${day}T${clock.length === 5 ? `${clock}:00` : clock}Z`);
  return new Date(wall.getTime() + (utc ? 0 : 2 * 3600_000)).toISOString().replace('.000Z', 'Z');
}

const cases = lines.map((line, i) => {
  const [locale, time, start, end] = line.split('|');
  const id = `hand-${String(i + 1).padStart(3, '0')}`;
  if (start === 'now') return { id, locale, time, startNear: true, durationMin: Number(end), category: 'hand' };
  return { id, locale, time, start: toUtc(start), end: toUtc(end), category: 'hand' };
});
// A span of seven days (the API wants less) and two different zones in one range are refused.
cases.push({ id: 'hand-err-1', locale: 'en', time: 'tomorrow 8pm for 1 week', anyError: true, category: 'hand' });
cases.push({ id: 'hand-err-2', locale: 'en', time: '8pm London time to 10pm Paris time', anyError: true, category: 'hand' });

const about =
  "Hand-written scheduling phrases of the public corpus's kinds (clock times, dates with times, relative starts, " +
  'lengths, ranges, zones, ranges with zones, start plus length, now), said the ways people type them in chat ' +
  "rather than the ways Duckling's corpus does, with expected instants worked out by hand at Duckling's reference " +
  '(Tuesday 2013-02-12 04:30 at UTC-2) under its conventions (a time with no date is its next occurrence; a bare ' +
  'hour is the next of its two readings; "next friday" is next week\'s). Source: test/fixtures/schedule-probes.txt.';
const { about: _about, cases: _cases, ...settings } = base;
writeFileSync(new URL('test/fixtures/schedule-probes.json', root), `${JSON.stringify({ about, ...settings, cases }, null, 1)}\n`);
console.log(`${cases.length} cases`);
