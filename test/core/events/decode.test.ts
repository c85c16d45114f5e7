// Decoding the provider's relay callbacks (shared/spec/relay-callbacks.md) and recognising retries.
import { describe, expect, it } from 'vitest';
import { decodeCallback, dedupKeyOf } from '../../../src/core/events/decode.js';
import type { RelayCallbackBody } from '../../../src/core/relay-event.js';

// The example body of the spec, verbatim (trailing newline in source_urls, no event_time).
const SPEC_EXAMPLE = {
  appid: 4,
  callback_event: 'TaskStart',
  event_type: 314,
  interface: 'general_callback',
  msg: '{"task_start_time":0}',
  product_name: 'pullpush',
  source_urls: '["http://example.com/live/playlist.m3u8"]\n',
  stream_id: 'testvod',
  task_id: '118148',
  to_url: 'rtmp://5000.livepush.myqcloud.com/live/testvod',
};

describe('decodeCallback', () => {
  it('decodes the spec example, falling back to the receipt time when the body has no time', () => {
    const decoded = decodeCallback(SPEC_EXAMPLE, 1_700_000_000_123);
    expect(decoded.ok && decoded.value.event).toEqual({
      providerTaskId: '118148',
      event: 'TaskStart',
      occurredAt: 1_700_000_000_123,
      detail: { task_start_time: 0 },
      sourceUrls: ['http://example.com/live/playlist.m3u8'],
      toUrl: 'rtmp://5000.livepush.myqcloud.com/live/testvod',
      streamId: 'testvod',
    });
  });

  it('reads event_time (unix seconds) and the per-event msg fields', () => {
    const decoded = decodeCallback(
      { ...SPEC_EXAMPLE, callback_event: 'VodSourceFileStart', event_time: '1712893433', msg: '{"url":"http://example.com/a.m3u8","index":0,"duration":14920}' },
      0,
    );
    expect(decoded.ok && decoded.value.event.occurredAt).toBe(1_712_893_433_000);
    expect(decoded.ok && decoded.value.event.detail).toEqual({ url: 'http://example.com/a.m3u8', index: 0, duration: 14920 });
  });

  it('keeps an alarm type it does not know as its message rather than refusing the alarm', () => {
    const known = decodeCallback({ ...SPEC_EXAMPLE, callback_event: 'TaskAlarm', msg: '{"type":"PushStreamFailed"}' }, 0);
    expect(known.ok && known.value.event.detail).toEqual({ type: 'PushStreamFailed' });
    const unknown = decodeCallback({ ...SPEC_EXAMPLE, callback_event: 'TaskAlarm', msg: '{"type":"DiskOnFire"}' }, 0);
    expect(unknown.ok && unknown.value.event.detail).toEqual({ message: 'DiskOnFire' });
  });

  it('keeps the runner’s reason code for the reader’s language, and drops one it does not know', () => {
    const exit = (reason: unknown) =>
      decodeCallback({ ...SPEC_EXAMPLE, callback_event: 'TaskExit', msg: JSON.stringify({ code: -1, message: 'x', reason }) }, 0);
    const known = exit({ code: 'sourceSilent', values: { seconds: 5 } });
    expect(known.ok && known.value.event.detail).toEqual({ code: -1, message: 'x', reason: { code: 'sourceSilent', values: { seconds: 5 } } });
    for (const odd of [{ code: 'runnerOnFire' }, 'sourceSilent', { values: {} }]) {
      const decoded = exit(odd);
      expect(decoded.ok && decoded.value.event.detail).toEqual({ code: -1, message: 'x' });
    }
  });

  it('says which field is wrong', () => {
    const cases: [unknown, string, string | undefined][] = [
      [{ ...SPEC_EXAMPLE, callback_event: 'TaskExploded' }, 'InvalidCallback.UnknownEvent', 'callback_event'],
      [{ ...SPEC_EXAMPLE, product_name: 'live' }, 'InvalidCallback.Shape', 'product_name'],
      [{ ...SPEC_EXAMPLE, task_id: '' }, 'InvalidCallback.Shape', 'task_id'],
      [{ ...SPEC_EXAMPLE, msg: '[1,2' }, 'InvalidCallback.Msg', 'msg'],
      ['TaskStart', 'InvalidCallback.Shape', ''],
    ];
    for (const [body, code, field] of cases) {
      const decoded = decodeCallback(body, 0);
      expect(decoded.ok, code).toBe(false);
      if (!decoded.ok) {
        expect(decoded.error.code).toBe(code);
        if (field) expect(decoded.error.field).toBe(field);
      }
    }
  });
});

describe('dedupKeyOf', () => {
  const body = { ...SPEC_EXAMPLE, event_time: '1712893433', msg: '{"index":1,"url":"http://x/a.mp4"}' } as RelayCallbackBody;

  it('is the same for a retry with a renewed t/sign or re-ordered msg keys', () => {
    const retry = { ...body, t: 1712899999, sign: 'abc', msg: '{"url":"http://x/a.mp4","index":1}' };
    expect(dedupKeyOf('tencent', retry)).toBe(dedupKeyOf('tencent', body));
  });

  it('differs for a different event, time, detail, task or backend', () => {
    const key = dedupKeyOf('tencent', body);
    expect(dedupKeyOf('tencent', { ...body, callback_event: 'VodSourceFileFinish' })).not.toBe(key);
    expect(dedupKeyOf('tencent', { ...body, event_time: '1712893434' })).not.toBe(key);
    expect(dedupKeyOf('tencent', { ...body, msg: '{"index":2,"url":"http://x/a.mp4"}' })).not.toBe(key);
    expect(dedupKeyOf('tencent', { ...body, task_id: '118149' })).not.toBe(key);
    expect(dedupKeyOf('local', body)).not.toBe(key);
  });

  it('is the same whether msg comes already parsed by decodeCallback or as text (keys stored earlier still match)', () => {
    for (const msg of [body.msg, ' {"url":"http://x/a.mp4","index":1}\n', '', '   ']) {
      const decoded = decodeCallback({ ...body, msg }, 0);
      if (!decoded.ok) throw new Error(`not decoded: ${decoded.error.code}`);
      expect(dedupKeyOf('tencent', decoded.value.body, decoded.value.msgJson)).toBe(dedupKeyOf('tencent', { ...body, msg }));
    }
  });
});
