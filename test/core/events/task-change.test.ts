// A person's change to a task (pause, stop, edit …) becomes one thread line saying who did what, and a status
// edit; it goes through the event ledger and outbox, so it keeps no secrets there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeMessage } from '../../../src/core/events/compose.js';
import type { DeliveryTarget, StoredEvent } from '../../../src/core/events/ports.js';
import { TaskChangeJournal, taskChangedEvent, type TaskChange } from '../../../src/core/events/task-change.js';
import type { TaskRecord } from '../../../src/core/task.js';
import { SqliteEventLedger, SqliteOutbox } from '../../../src/store/events-repo.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { SqliteSubscriptionRepository } from '../../../src/store/subscriptions-repo.js';
import { makeTask } from '../../support/relay-fixtures.js';

const AT = Date.parse('2026-11-27T12:00:05Z');
const alice = { platform: 'slack', userId: 'U0ALICE', displayName: 'alice' };
const before = makeTask({ id: 'r7kq2m', timeZone: 'America/New_York', state: 'scheduled' });

function edited(changes: Partial<TaskRecord['request']>, state: TaskRecord['state'] = before.state): TaskRecord {
  return { ...before, state, request: { ...before.request, ...changes } };
}

function storedChange(change: TaskChange): StoredEvent {
  return { id: 1, taskId: before.id, event: taskChangedEvent(change, AT), receivedAt: AT, stateBefore: change.before.state, stateAfter: change.after.state, alarm: false };
}

const thread = (locale: DeliveryTarget['locale'] = 'en'): DeliveryTarget => ({ kind: 'thread', platform: 'slack', channelId: 'C', locale });

describe('the thread line of a change', () => {
  it('says who paused, resumed, restarted or stopped the relay, at a time with its zone named', () => {
    const line = (verb: TaskChange['verb'], after: TaskRecord, locale: DeliveryTarget['locale'] = 'en') =>
      composeMessage(after, { target: thread(locale), events: [storedChange({ verb, actor: alice, before, after })] }).lines;
    expect(line('pause', edited({}, 'paused'))).toEqual(['07:00:05 (America/New_York) Paused by alice.']);
    expect(line('pause', edited({}, 'paused'), 'zh-CN')).toEqual(['07:00:05（America/New_York） alice 暂停了转推。']);
    expect(line('stop', edited({}, 'stopped'))).toEqual(['07:00:05 (America/New_York) Stopped by alice: the relay was deleted at the provider and will not run again.']);
  });

  it('says what an edit changed: a moved end in the task’s zone, the new loops, other fields by name', () => {
    const after = edited({ EndTime: '2026-11-28T04:30:00Z', VodLoopTimes: '3', VodRefreshType: 'ImmediateNewSource' });
    const en = composeMessage(after, { target: thread(), events: [storedChange({ verb: 'edit', actor: alice, before, after })] });
    expect(en.lines).toEqual([
      '07:00:05 (America/New_York) Changed by alice: end moved to Fri, 27 Nov 2026, 23:30 (America/New_York); loops: 3 more times; VodRefreshType changed.',
    ]);
    const zh = composeMessage(after, { target: thread('zh-CN'), events: [storedChange({ verb: 'edit', actor: alice, before, after })] });
    expect(zh.lines[0]).toMatch(/^07:00:05（America\/New_York） alice 修改了转推：结束时间改为 .*23:30（America\/New_York）；循环：再循环 3 次；VodRefreshType 已修改。$/);
  });

  it('on a platform with its own timestamps, writes the new end as one (each reader sees their own zone)', () => {
    const after = edited({ EndTime: '2026-11-28T04:30:00Z' });
    const localTime = (at: number, style: 'time' | 'dateTime') => `<t:${at / 1000}:${style === 'time' ? 'T' : 'f'}>`;
    const doc = composeMessage(after, { target: thread(), events: [storedChange({ verb: 'edit', actor: alice, before, after })] }, localTime);
    expect(doc.lines).toEqual([`<t:${AT / 1000}:T> Changed by alice: end moved to <t:${Date.parse('2026-11-28T04:30:00Z') / 1000}:f>.`]);
  });

  it('keeps new source URLs and destinations out of the ledger: only how many, or the field’s name', () => {
    const after = edited({ SourceUrls: ['https://cdn.example.com/x.mp4?key=SRCSECRET'], ToUrl: 'rtmp://push.example.com/live/s?txSecret=PUSHSECRET' });
    const event = taskChangedEvent({ verb: 'edit', actor: alice, before, after }, AT);
    expect(JSON.stringify(event)).not.toMatch(/SRCSECRET|PUSHSECRET/);
    const doc = composeMessage(after, { target: thread(), events: [storedChange({ verb: 'edit', actor: alice, before, after })] });
    expect(doc.lines[0]).toBe('07:00:05 (America/New_York) Changed by alice: sources replaced (1 now); ToUrl changed.');
  });
});

describe('the change journal', () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(':memory:');
  });
  afterEach(() => store.close());

  const journal = () =>
    new TaskChangeJournal({ ledger: new SqliteEventLedger(store.db), subscriptions: new SqliteSubscriptionRepository(store.db), clock: () => AT });

  it('owes the task’s home a thread line and a status edit', () => {
    const task = makeTask({ home: { platform: 'slack', channelId: 'C-HOME', statusMessageId: '1.2' } });
    store.tasks.insert(task);
    journal().taskChanged({ verb: 'pause', actor: alice, before: task, after: { ...task, state: 'paused' } });
    const outbox = new SqliteOutbox(store.db);
    expect(outbox.counts().pending).toBe(2);
    // One message at a time per channel, as the worker sends them: the thread line first, then the status edit.
    const kinds: string[] = [];
    for (let group = outbox.dueGroups(AT, 10)[0]; group; group = outbox.dueGroups(AT, 10)[0]) {
      const batch = outbox.claim(group.groupKey, `attempt-${kinds.length}`, 25, AT)!;
      kinds.push(batch.target.kind);
      outbox.markDelivered(batch.attemptId, 'm', AT);
    }
    expect(kinds).toEqual(['thread', 'status']);
  });

  it('stores nothing for a task no chat follows (made from the CLI, no subscriptions)', () => {
    const task = makeTask({ home: null });
    store.tasks.insert(task);
    journal().taskChanged({ verb: 'stop', actor: alice, before: task, after: { ...task, state: 'stopped' } });
    expect(new SqliteOutbox(store.db).counts().pending).toBe(0);
    expect(new SqliteEventLedger(store.db).count()).toBe(0);
  });
});
