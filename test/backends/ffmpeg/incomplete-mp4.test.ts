// An MP4 whose index (moov) was to come last but never did: an upload cut short, or a file taken while it was still
// being recorded. ffmpeg only says "moov atom not found" and "Invalid data found when processing input"; people are
// told, in their language, that the file is incomplete and what to do, and the rest of the playlist plays.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/core/i18n.js';
import { playOnce, useRelayRig } from './relay-rig.js';

describe('an MP4 file without its index', () => {
  const rig = useRelayRig('relaybot-incomplete-mp4-', [{ name: 'clip.flv', seconds: 2, format: 'flv' }]);

  beforeAll(() => {
    // The start of an MP4 whose index would have followed its media: its ftyp and part of its mdat, no moov.
    const flv = readFileSync(join(rig.dir.path, 'clip.flv'));
    const mdatSize = 16 + flv.length;
    const start = Buffer.alloc(24);
    start.writeUInt32BE(24, 0);
    start.write('ftypisom', 4, 'latin1');
    start.writeUInt32BE(0x200, 12);
    start.write('isom', 16, 'latin1');
    start.write('mp41', 20, 'latin1');
    const mdatHeader = Buffer.alloc(8);
    mdatHeader.writeUInt32BE(mdatSize, 0);
    mdatHeader.write('mdat', 4, 'latin1');
    // Media bytes cut short before the end of the mdat its header announces.
    writeFileSync(join(rig.dir.path, 'unfinished.mp4'), Buffer.concat([start, mdatHeader, flv.subarray(0, flv.length / 2)]));
  });

  it('says the file is incomplete and how to fix it, once, while the rest plays', async () => {
    const events = await playOnce(rig, ['unfinished.mp4', 'clip.flv'], 'unfinished');

    const alarms = events.filter((e) => e.event === 'TaskAlarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0]!.detail.type).toBe('PullFileFailed');
    const reason = alarms[0]!.detail.reason!;
    expect(reason).toMatchObject({ code: 'sourceFailed', values: { messageKey: 'runner.sourceMp4IndexMissing' } });
    expect(t('en', 'runner.sourceMp4IndexMissing', reason.values!)).toMatch(/incomplete.*faststart/);
    expect(t('zh-CN', 'runner.sourceMp4IndexMissing', reason.values!)).toMatch(/不完整.*faststart/);
    // ffmpeg's own words, and the gateway's address it quotes, stay out of what people read.
    expect(JSON.stringify(alarms[0]!.detail)).not.toMatch(/moov atom|Invalid data|127\.0\.0\.1/);
    expect(events.filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([1]);
  });
});
