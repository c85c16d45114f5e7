// The outbox on real SQLite: what the worker may send next, how an unconfirmed attempt keeps its id, and
// that settled rows are pruned while pending ones never are.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryTarget, StoredEvent } from '../../src/core/events/ports.js';
import { SqliteEventLedger, SqliteOutbox } from '../../src/store/events-repo.js';
import { openStore, type Store } from '../../src/store/index.js';
import { makeTask } from '../support/relay-fixtures.js';

const thread: DeliveryTarget = { kind: 'thread', platform: 'standin', channelId: 'C', locale: 'en' };

describe('SqliteOutbox', () => {
  let store: Store;
  let ledger: SqliteEventLedger;
  let outbox: SqliteOutbox;
  const taskId = 'outboxtask';
  let serial = 0;

  beforeEach(() => {
    store = openStore(':memory:');
    store.tasks.insert(makeTask({ id: taskId }));
    ledger = new SqliteEventLedger(store.db);
    outbox = new SqliteOutbox(store.db);
  });

  afterEach(() => store.close());

  function addEvent(now: number): StoredEvent {
    serial += 1;
    const event = ledger.append({
      taskId,
      dedupKey: `k${serial}`,
      event: { providerTaskId: 'p', event: 'TaskStart', occurredAt: now, detail: {}, sourceUrls: [], toUrl: '', streamId: '' },
      receivedAt: now,
      stateBefore: 'running',
      stateAfter: 'running',
      alarm: false,
    })!;
    ledger.enqueue(event, [thread], now);
    return event;
  }

  it('sends a task’s rows on one target in order: nothing new overtakes a batch being sent or waiting to retry', () => {
    const first = addEvent(1_000);
    const [group] = outbox.dueGroups(1_000, 10);
    const batch = outbox.claim(group!.groupKey, 'a1', 25, 1_000)!;
    expect(batch.events.map((e) => e.id)).toEqual([first.id]);
    addEvent(1_001);
    expect(outbox.dueGroups(1_001, 10)).toEqual([]); // a1 is in flight
    outbox.release('a1', 5_000, 'chat API down', true);
    expect(outbox.dueGroups(4_999, 10)).toEqual([]); // backing off, and the newer row waits behind it
    expect(outbox.nextDueAt()).toBe(1_001);
    expect(outbox.dueGroups(5_000, 10)).toHaveLength(1);
  });

  it('sends an alarm in a channel before a backlog of other news there, its top-level post first', () => {
    const status: DeliveryTarget = { ...thread, kind: 'status' };
    const channel: DeliveryTarget = { ...thread, kind: 'channel' };
    const other = 'othertask';
    store.tasks.insert(makeTask({ id: other }));
    const append = (id: string, alarm: boolean, at: number) => {
      serial += 1;
      return ledger.append({
        taskId: id,
        dedupKey: `k${serial}`,
        event: { providerTaskId: 'p', event: alarm ? 'TaskAlarm' : 'VodSourceFileStart', occurredAt: at, detail: {}, sourceUrls: [], toUrl: '', streamId: '' },
        receivedAt: at,
        stateBefore: 'running',
        stateAfter: 'running',
        alarm,
      })!;
    };
    // Another relay's file events fill the channel's thread and status queue first (a playlist burst).
    for (let i = 0; i < 60; i += 1) ledger.enqueue(append(other, false, 1_000 + i), [thread, status], 1_000 + i);
    ledger.enqueue(append(taskId, true, 2_000), [thread, status, channel], 2_000);
    const first = outbox.dueGroups(2_000, 10);
    expect(first).toHaveLength(1); // one group per channel at a time
    expect(first[0]!.groupKey).toBe(`channel|standin||C|${taskId}`);
    outbox.markDelivered(outbox.claim(first[0]!.groupKey, 'alarm', 25, 2_000)!.attemptId, 'm1', 2_000);
    // Then the alarm's other targets, and only then the older backlog.
    expect(outbox.dueGroups(2_000, 10)[0]!.groupKey).toMatch(new RegExp(`\\|${taskId}$`));
  });

  it('reuses the id of an attempt that may have landed, for exactly the rows it covered', () => {
    addEvent(1_000);
    const group = outbox.dueGroups(1_000, 10)[0]!.groupKey;
    outbox.claim(group, 'a1', 25, 1_000);
    addEvent(1_001);
    outbox.release('a1', 1_000, 'lost answer', true);
    const retry = outbox.claim(group, 'a2', 25, 2_000)!;
    expect(retry).toMatchObject({ attemptId: 'a1', resumed: true, attempts: 2 });
    expect(retry.events).toHaveLength(1);
    outbox.markDelivered('a1', 'm1', 2_000);
    const next = outbox.claim(group, 'a3', 25, 2_000)!;
    expect(next).toMatchObject({ attemptId: 'a3', resumed: false });
  });

  it('lists rows left "sending" by a crashed process as unsettled, grouped by attempt', () => {
    addEvent(1_000);
    addEvent(1_000);
    outbox.claim(outbox.dueGroups(1_000, 10)[0]!.groupKey, 'crashed', 25, 1_000);
    const [unsettled] = outbox.unsettled();
    expect(unsettled).toMatchObject({ attemptId: 'crashed', resumed: true });
    expect(unsettled!.events).toHaveLength(2);
  });

  it('prunes settled rows older than the cutoff and never pending ones', () => {
    addEvent(1_000);
    outbox.claim(outbox.dueGroups(1_000, 10)[0]!.groupKey, 'a1', 25, 1_000);
    outbox.markDelivered('a1', 'm1', 2_000);
    addEvent(3_000);
    expect(outbox.prune(1_500)).toBe(0);
    expect(outbox.prune(2_500)).toBe(1);
    expect(outbox.counts()).toEqual({ pending: 1, sending: 0, done: 0, failed: 0 });
    expect(ledger.count()).toBe(2);
  });

  it('offers one group per channel, so a backlog in one channel never hides another channel', () => {
    const other = makeTask({ id: 'othertask' });
    store.tasks.insert(other);
    for (let i = 0; i < 3; i += 1) addEvent(1_000);
    const event = ledger.append({
      taskId: other.id,
      dedupKey: 'other-1',
      event: { providerTaskId: 'p2', event: 'TaskStart', occurredAt: 1_000, detail: {}, sourceUrls: [], toUrl: '', streamId: '' },
      receivedAt: 1_000,
      stateBefore: 'running',
      stateAfter: 'running',
      alarm: false,
    })!;
    ledger.enqueue(event, [thread, { ...thread, kind: 'status' }, { kind: 'channel', platform: 'standin', channelId: 'C-OPS', locale: 'en' }], 1_000);
    const due = outbox.dueGroups(1_000, 1);
    expect(due).toHaveLength(1);
    expect(outbox.dueGroups(1_000, 10).map((group) => group.channelId)).toEqual(['C', 'C-OPS']);
  });
});
