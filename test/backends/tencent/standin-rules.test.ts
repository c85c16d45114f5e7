// The stand-in enforces the API page's rules for CreateLivePullStreamTask, answering with the page's codes,
// so that what passes our tests would pass the real API. Sent through the backend and the real SDK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendCreateRequest } from '../../../src/core/backend.js';
import { toApiTime } from '../../../src/core/relay-request.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';
import { rawDescribe } from '../../support/tencent/raw-request.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const hour = 3_600_000;
const at = (offsetMs: number) => toApiTime(new Date(Date.now() + offsetMs));
const live = { SourceType: 'PullLivePushLive' as const };
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://cdn.example.com/${i}.mp4`);

const REFUSED: [string, Partial<BackendCreateRequest>, string][] = [
  ['a live source with two URLs', { ...live, SourceUrls: urls(2) }, 'InvalidParameter.InvalidSourceUrl'],
  ['31 video files', { SourceUrls: urls(31) }, 'InvalidParameter.InvalidSourceUrl'],
  ['an ftp source', { SourceUrls: ['ftp://cdn.example.com/a.mp4'] }, 'InvalidParameter.InvalidSourceUrl'],
  ['a private-network source', { SourceUrls: ['http://192.168.1.20/a.mp4'] }, 'InvalidParameter.InvalidSourceUrl'],
  ['an end before the start', { StartTime: at(2 * hour), EndTime: at(hour) }, 'InvalidParameter.InvalidTaskTime'],
  ['a task entirely in the past', { StartTime: at(-2 * hour), EndTime: at(-hour) }, 'InvalidParameter.InvalidTaskTime'],
  ['a start an hour ago', { StartTime: at(-hour), EndTime: at(hour) }, 'InvalidParameter.InvalidTaskTime'],
  ['a time without Z', { StartTime: '2030-01-01T10:00:00+08:00' }, 'InvalidParameter.InvalidTaskTime'],
  ['a ToUrl beside a domain', { ToUrl: 'rtmp://push.example.net/live/x' }, 'InvalidParameter.InvalidToUrl'],
  ['an http ToUrl', { ToUrl: 'http://push.example.net/live/x', DomainName: '', AppName: '', StreamName: '' }, 'InvalidParameter.InvalidToUrl'],
  ['an ftp callback', { CallbackUrl: 'ftp://relaybot.example.com/cb' }, 'InvalidParameter.InvalidCallbackUrl'],
  ['five watermarks', { WatermarkList: Array.from({ length: 5 }, () => ({ PictureUrl: 'https://img.example.com/w.png', XPosition: 0, YPosition: 0, Width: 10, Height: 10, Location: 0 })) }, 'InvalidParameter.InvalidWatermark'],
  ['a 513-byte comment', { Comment: 'x'.repeat(513) }, 'InvalidParameterValue'],
  ['a loop count of -2', { VodLoopTimes: '-2' }, 'InvalidParameterValue'],
  ['FileIndex past the last file', { FileIndex: 3 }, 'InvalidParameterValue'],
  ['a backup source for a VOD primary', { BackupSourceType: 'PullLivePushLive', BackupSourceUrl: 'rtmp://src.example.com/live/b' }, 'InvalidParameterValue'],
  ['no operator', { Operator: '' }, 'MissingParameter'],
];

describe('CreateLivePullStreamTask rules at the stand-in', () => {
  it.each(REFUSED)('refuses %s', async (_name, overrides, code) => {
    const before = h.standin.tasks.size;
    await expect(h.backend.create(relayRequest(overrides))).rejects.toMatchObject({ code });
    expect(h.standin.tasks.size).toBe(before);
  });

  it('accepts a start a minute ago (a start-now request in flight), 30 files, and a ToUrl with empty names', async () => {
    await h.backend.create(relayRequest({ StartTime: at(-60_000), EndTime: at(hour) }));
    await h.backend.create(relayRequest({ SourceUrls: urls(30) }));
    await h.backend.create(relayRequest({ ToUrl: 'rtmp://push.example.net/live/x', DomainName: '', AppName: '', StreamName: '' }));
  });

  it('accepts a live source with a backup source, and a span just under 7 days', async () => {
    const start = Date.now() + hour;
    await h.backend.create(relayRequest({ ...live, SourceUrls: ['rtmp://src.example.com/live/a'], BackupSourceType: 'PullVodPushLive', BackupSourceUrl: 'https://cdn.example.com/b.mp4' }));
    await h.backend.create(relayRequest({ StartTime: toApiTime(new Date(start)), EndTime: toApiTime(new Date(start + 7 * 86_400_000 - 1000)) }));
  });

  it('refuses a region the API page does not list', async () => {
    const answer = await rawDescribe(h.standin.url, { region: 'eu-moscow' });
    expect(answer.Response.Error?.Code).toBe('UnsupportedRegion');
    expect(answer.Response.RequestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
