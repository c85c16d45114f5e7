// The messages people read: one line per event, alarms that explain themselves, in the reader's language.
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../../src/core/events/compose.js';
import type { DeliveryTarget, StoredEvent } from '../../../src/core/events/ports.js';
import type { RelayEvent } from '../../../src/core/relay-event.js';
import type { CallbackEvent } from '../../../src/core/relay-request.js';
import type { TaskState } from '../../../src/core/task.js';
import { makeTask } from '../../support/relay-fixtures.js';

const task = makeTask({ id: 'r7kq2m', state: 'interrupted', timeZone: 'Asia/Shanghai' });
let nextId = 1;
function stored(name: CallbackEvent, detail: RelayEvent['detail'], extra: { alarm?: boolean; stateAfter?: TaskState } = {}): StoredEvent {
  return {
    id: nextId++,
    taskId: task.id,
    event: { providerTaskId: 'p', event: name, occurredAt: Date.parse('2026-11-27T12:00:05Z'), detail, sourceUrls: [], toUrl: '', streamId: '' },
    receivedAt: 0,
    stateBefore: 'running',
    stateAfter: extra.stateAfter ?? 'running',
    alarm: extra.alarm ?? false,
  };
}
const target = (kind: DeliveryTarget['kind'], locale: DeliveryTarget['locale'] = 'en', platform = 'standin'): DeliveryTarget => ({ kind, platform, channelId: 'C', locale });

describe('composeMessage', () => {
  it('lists a burst in the thread, one line per event, times in the task’s zone, secrets masked', () => {
    const events = [
      stored('TaskStart', { task_start_time: 0 }),
      stored('VodSourceFileStart', { url: 'https://cdn.example.com/a.mp4?token=s3cr3t', index: 0, duration: 60 }),
      stored('VodSourceFileFinish', { url: 'https://cdn.example.com/a.mp4?token=s3cr3t', index: 0, duration: 60 }),
    ];
    const doc = composeMessage(task, { target: target('thread'), events });
    expect(doc.kind).toBe('events');
    expect(doc.title).toBe('Relay r7kq2m: 3 updates');
    expect(doc.lines).toEqual([
      '20:00:05 (Asia/Shanghai) The relay started.',
      '20:00:05 (Asia/Shanghai) File 1 started: https://cdn.example.com/a.mp4?token=****',
      '20:00:05 (Asia/Shanghai) File 1 finished: https://cdn.example.com/a.mp4?token=****',
    ]);
    expect(doc.text).not.toContain('s3cr3t');
    expect(doc.actions.map((action) => action.id)).toEqual(['stop', 'restart', 'show']);
  });

  it('explains an early exit in the channel, mentioning the creator, with what to try', () => {
    const exit = stored('TaskExit', { task_exit_time: 1, code: 3, message: 'source timeout' }, { alarm: true, stateAfter: 'interrupted' });
    const doc = composeMessage(task, { target: target('channel'), events: [exit] });
    expect(doc.kind).toBe('alarm');
    expect(doc.mentionUserId).toBe('U-CREATOR');
    expect(doc.severity).toBe('error');
    expect(doc.lines).toEqual(['20:00:05 (Asia/Shanghai) The relay was interrupted before its end time (exit code 3); the provider is retrying. source timeout']);
    expect(doc.fields).toEqual([
      { label: 'What "interrupted" means', value: expect.stringMatching(/retries/) },
      { label: 'What to try', value: expect.stringMatching(/Restart/) },
    ]);
  });

  it('speaks Chinese to a zh-CN reader and does not mention someone from another platform', () => {
    const alarm = stored('TaskAlarm', { type: 'PullFileFailed' }, { alarm: true });
    const doc = composeMessage(task, { target: target('channel', 'zh-CN', 'slack'), events: [alarm] });
    expect(doc.title).toBe('转推 r7kq2m 需要处理');
    expect(doc.lines[0]).toBe('20:00:05（Asia/Shanghai） 告警：拉流失败。');
    expect(doc.fields[0]?.label).toBe('“拉流失败”的含义');
    expect(doc.mentionUserId).toBeUndefined();
  });

  it('explains an alarm type the catalogs do not know yet by the generic alarm, keeping the provider’s type', () => {
    const alarm = stored('TaskAlarm', { type: 'SomethingNew' as never, message: 'new kind' }, { alarm: true });
    for (const locale of ['en', 'zh-CN'] as const) {
      const doc = composeMessage(task, { target: target('channel', locale, 'slack'), events: [alarm] });
      expect(doc.lines[0]).toContain('SomethingNew');
      expect(doc.text).not.toMatch(/events\.alarm/);
      expect(doc.fields.length).toBeGreaterThan(0);
    }
  });

  it('words the runner’s reasons in the reader’s language, with no English left in a Chinese reply', () => {
    const events = [
      stored('TaskAlarm', { type: 'PullFileFailed', message: 'no data from the source for 5 s', reason: { code: 'sourceSilent', values: { seconds: 5 } } }, { alarm: true }),
      stored('TaskExit', { code: 1, message: 'Error writing trailer of rtmp://x/live/k: End of file', reason: { code: 'destinationClosed' } }, { alarm: true, stateAfter: 'interrupted' }),
      stored('TaskExit', { code: 0, message: 'task restarted', reason: { code: 'restarted' } }, { stateAfter: 'scheduled' }),
      stored('TaskExit', { code: 0, message: 'runner shutting down', reason: { code: 'runnerShutdown' } }, { stateAfter: 'scheduled' }),
      stored('TaskExit', { code: 0, message: 'all files played', reason: { code: 'loopsDone' } }, { stateAfter: 'ended' }),
    ];
    const zh = composeMessage(task, { target: target('thread', 'zh-CN'), events });
    expect(zh.lines).toEqual([
      '20:00:05（Asia/Shanghai） 告警：拉流失败。源地址已 5 秒没有数据。',
      '20:00:05（Asia/Shanghai） 转推在结束时间之前中断（退出码 1）；提供方正在重试。目标地址接受连接后又将其关闭：可能已有其他编码器在推这路流，或推流密钥未被接受。',
      '20:00:05（Asia/Shanghai） 转推已按请求停止并重启。',
      '20:00:05（Asia/Shanghai） 机器人已关闭，转推随之停止；若机器人在结束时间之前恢复运行，转推会继续。',
      '20:00:05（Asia/Shanghai） 转推已结束：播放列表已按设定的次数播完。',
    ]);
    // The zone's IANA name is the one word of Latin script a Chinese reader sees (as in the status message).
    expect(zh.text.replaceAll('Asia/Shanghai', '')).not.toMatch(/[A-Za-z]{4,}/);
    const en = composeMessage(task, { target: target('thread'), events });
    expect(en.lines[0]).toBe('20:00:05 (Asia/Shanghai) Alarm: source failed. No data from the source for 5 s.');
    expect(en.lines[4]).toBe('20:00:05 (Asia/Shanghai) The relay ended: every loop of the playlist was played.');
  });

  it('explains the runner’s own refusal of an address in the reader’s language', () => {
    const refused = stored(
      'TaskAlarm',
      { type: 'PullFileFailed', message: 'InvalidSourceUrl: runner.unresolvable', reason: { code: 'sourceRefused', values: { host: 'cdn.invalid', message: 'InvalidSourceUrl: runner.unresolvable', messageKey: 'runner.unresolvable' } } },
      { alarm: true },
    );
    const line = composeMessage(task, { target: target('thread', 'zh-CN'), events: [refused] }).lines[0];
    expect(line).toBe('20:00:05（Asia/Shanghai） 告警：拉流失败。无法打开源地址：找不到主机名 cdn.invalid。请检查 URL 中主机名的拼写。');
  });

  it('does not claim nothing is on air when a source fails: a backup or the next file may be playing', () => {
    const failed = stored('TaskAlarm', { type: 'PullFileFailed', reason: { code: 'sourceNotFound' } }, { alarm: true });
    const doc = composeMessage(task, { target: target('channel'), events: [failed] });
    expect(doc.lines).toEqual(['20:00:05 (Asia/Shanghai) Alarm: source failed. The source answered 404 Not Found: check the URL.']);
    expect(doc.fields[0]!.value).not.toMatch(/not sending anything/);
    expect(doc.fields[0]!.value).toMatch(/backup source or another file/);
  });

  it('names an alarm by its type in the thread even when it was not posted to the channel again', () => {
    const retry = stored('TaskAlarm', { type: 'PushStreamFailed', message: 'push timeout' }, { alarm: false, stateAfter: 'interrupted' });
    expect(composeMessage(task, { target: target('thread'), events: [retry] }).lines).toEqual(['20:00:05 (Asia/Shanghai) Alarm: push failed. push timeout']);
  });

  it('quotes tool output inside a reason masked, and the provider’s own message when there is no reason', () => {
    const pushFailed = stored('TaskAlarm', { type: 'PushStreamFailed', reason: { code: 'pushFailed', values: { message: 'rtmp://push.example.com/live/s?txSecret=s3cr3t: I/O error' } } }, { alarm: true });
    const tencent = stored('TaskAlarm', { type: 'PushStreamFailed', message: 'push timeout' }, { alarm: true });
    const doc = composeMessage(task, { target: target('thread'), events: [pushFailed, tencent] });
    expect(doc.lines[0]).toContain('Pushing to the destination failed: rtmp://push.example.com/');
    expect(doc.text).not.toContain('s3cr3t');
    expect(doc.lines[1]).toBe('20:00:05 (Asia/Shanghai) Alarm: push failed. push timeout');
  });

  it('edits the status message to the task’s current state with the latest event', () => {
    const doc = composeMessage(task, { target: target('status'), events: [stored('TaskStart', {}), stored('ResetTaskConfig', {})] });
    expect(doc.kind).toBe('status');
    expect(doc.title).toContain('r7kq2m');
    expect(doc.lines).toEqual(["Latest: 20:00:05 (Asia/Shanghai) The task's settings were changed at the provider."]);
  });

  it('names the zone of every time, also for a channel far from the task’s creator (a subscription)', () => {
    const newYork = makeTask({ id: 'r7kq2n', timeZone: 'America/New_York' });
    const start = { ...stored('TaskStart', {}), taskId: newYork.id };
    const alarm = { ...stored('TaskAlarm', { type: 'PullFileFailed' }, { alarm: true }), taskId: newYork.id };
    const shanghaiChannel = composeMessage(newYork, { target: target('channel', 'zh-CN', 'slack'), events: [start, alarm] });
    expect(shanghaiChannel.lines).toEqual(['07:00:05（America/New_York） 转推已开始。', '07:00:05（America/New_York） 告警：拉流失败。']);
    const thread = composeMessage(newYork, { target: target('thread'), events: [start] });
    expect(thread.lines).toEqual(['07:00:05 (America/New_York) The relay started.']);
  });

  it('leaves the time to the platform when it shows every reader their own zone (Discord timestamps)', () => {
    const localTime = (at: number, style: 'time' | 'dateTime') => `<t:${at / 1000}:${style === 'time' ? 'T' : 'f'}>`;
    const at = Date.parse('2026-11-27T12:00:05Z') / 1000;
    const thread = composeMessage(task, { target: target('thread'), events: [stored('TaskStart', {})] }, localTime);
    expect(thread.lines).toEqual([`<t:${at}:T> The relay started.`]);
    const status = composeMessage(task, { target: target('status'), events: [stored('TaskStart', {})] }, localTime);
    expect(status.lines).toEqual([`Latest: <t:${at}:T> The relay started.`]);
  });
});
