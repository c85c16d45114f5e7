// The thread line for a change a person made through the bot: who did what, and for an edit what it changed
// ("Paused by alice.", "Changed by alice: end moved to Thu 26 Nov 2026, 23:30 (America/New_York)."). Pure.
import { t } from '../i18n.js';
import { loopsText } from '../chat/format.js';
import { clockTime, dateTime, type EventReader } from './event-times.js';
import type { TaskChangedEvent } from './task-change.js';

/** Fields whose change has a phrase of its own; any other changed field is named as the API names it. */
const OWN_PHRASES = new Set(['StartTime', 'EndTime', 'SourceUrls', 'VodLoopTimes', 'Comment']);

/** What an edit changed, one phrase per change, in the reader's language. */
function editPhrases(change: TaskChangedEvent, reader: EventReader): string[] {
  const { locale } = reader;
  const fields = change.fields ?? [];
  const values = change.values ?? {};
  const phrases: string[] = [];
  if (values.StartTime) phrases.push(t(locale, 'events.change.start', { when: dateTime(Date.parse(values.StartTime), reader) }));
  if (values.EndTime) phrases.push(t(locale, 'events.change.end', { when: dateTime(Date.parse(values.EndTime), reader) }));
  if (values.sourceCount !== undefined) phrases.push(t(locale, 'events.change.sources', { count: values.sourceCount }));
  if (values.VodLoopTimes !== undefined) {
    // Loops are a playlist's (the only kind an edit may set them on).
    const loops = loopsText({ SourceType: 'PullVodPushLive', VodLoopTimes: values.VodLoopTimes }, locale);
    if (loops) phrases.push(t(locale, 'events.change.loops', { loops }));
  }
  if (fields.includes('Comment')) phrases.push(t(locale, 'events.change.comment'));
  const others = fields.filter((field) => !OWN_PHRASES.has(field));
  if (others.length > 0) phrases.push(t(locale, 'events.change.fields', { fields: others.join(', ') }));
  // An edit that also paused or resumed the task (the CLI's `edit … pause`).
  if (values.paused !== undefined) phrases.push(t(locale, values.paused ? 'events.change.paused' : 'events.change.resumed'));
  return phrases;
}

export function changeLine(change: TaskChangedEvent, reader: EventReader): string {
  const { locale } = reader;
  const time = clockTime(change.occurredAt, reader);
  const name = change.actor.displayName ?? change.actor.userId;
  if (change.verb !== 'edit') return t(locale, `events.line.TaskChanged.${change.verb}`, { time, name });
  const phrases = editPhrases(change, reader);
  if (phrases.length === 0) return t(locale, 'events.line.TaskChanged.editNothing', { time, name });
  return t(locale, 'events.line.TaskChanged.edit', { time, name, changes: phrases.join(t(locale, 'events.change.separator')) });
}
