import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { capture, continuity, FFMPEG, makeMedia, probe } from '../../support/media.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { HttpMediaServer } from '../../support/http-media-server.js';
import { RtmpServer } from '../../support/rtmp-server.js';
import { relayRequest, startBackend, tempDir, type Harness } from './harness.js';

describe('file playlist', () => {
  const dir = tempDir('relaybot-playlist-');
  let rtmp: RtmpServer;
  let http: HttpMediaServer;
  let harness: Harness;

  beforeAll(async () => {
    rtmp = await RtmpServer.start();
    await Promise.all([
      makeMedia(dir.path, { name: 'a.flv', seconds: 2, format: 'flv', tone: 440 }),
      makeMedia(dir.path, { name: 'b.mp4', seconds: 2, format: 'mp4', tone: 660 }),
      makeMedia(dir.path, { name: 'c.flv', seconds: 2, format: 'flv', tone: 880 }),
    ]);
    // A file cut short (its header still announces 4 s) and an HLS rendition of a clip.
    const whole = await makeMedia(dir.path, { name: 'whole.flv', seconds: 4, format: 'flv' });
    const bytes = readFileSync(whole);
    writeFileSync(join(dir.path, 'cut.flv'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await promisify(execFile)(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-i', join(dir.path, 'a.flv'), '-c', 'copy',
      '-f', 'hls', '-hls_time', '1', '-hls_playlist_type', 'vod', join(dir.path, 'show.m3u8'),
    ]);
    // The same clip encrypted (AES-128, its key named relatively by the playlist), and a copy of that playlist
    // whose key points at a local file instead.
    writeFileSync(join(dir.path, 'enc.key'), randomBytes(16));
    writeFileSync(join(dir.path, 'enc.keyinfo'), `enc.key\n${join(dir.path, 'enc.key')}\n`);
    await promisify(execFile)(FFMPEG, [
      '-hide_banner', '-loglevel', 'error', '-i', join(dir.path, 'a.flv'), '-c', 'copy',
      '-f', 'hls', '-hls_time', '1', '-hls_playlist_type', 'vod', '-hls_key_info_file', join(dir.path, 'enc.keyinfo'),
      '-hls_segment_filename', join(dir.path, 'enc%d.ts'), join(dir.path, 'enc.m3u8'),
    ]);
    const encrypted = readFileSync(join(dir.path, 'enc.m3u8'), 'utf8');
    writeFileSync(join(dir.path, 'local-key.m3u8'), encrypted.replace(/URI="[^"]*"/g, `URI="file://${join(dir.path, 'enc.key')}"`));
    http = await HttpMediaServer.start(dir.path);
    harness = await startBackend(join(dir.path, 'data'));
  });

  afterAll(async () => {
    await harness?.backend.close();
    harness?.db.close();
    await http?.stop();
    await rtmp?.stop();
    dir.remove();
  });

  it('plays three files in order, twice, as one continuous stream, reporting each file', async () => {
    const sources = [http.url('a.flv', 'localhost'), http.url('b.mp4'), http.url('c.flv')];
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: sources, ToUrl: rtmp.url('live/playlist'), VodLoopTimes: '1' },
      60,
    );
    const out = join(dir.path, 'playlist.flv');
    // Longer than the playlist: the recording ends when the runner closes the stream. It waits for the stream
    // from before the create, as a viewer would: the first file is announced only once the destination has
    // taken the stream for a moment.
    const recording = capture(rtmp.url('live/playlist'), 30, out, 2);
    const createdAt = Date.now();
    await harness.backend.create(request);
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'VodSourceFileStart'));
    await recording;
    await harness.sink.waitFor((e) => e.some((x) => x.event === 'TaskExit'), 10_000, 'TaskExit after the last loop');

    const starts = harness.sink.of('VodSourceFileStart').map((e) => e.detail);
    const finishes = harness.sink.of('VodSourceFileFinish').map((e) => e.detail);
    expect(starts.map((d) => d.index)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(finishes.map((d) => d.index)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(starts.map((d) => d.url)).toEqual([...sources, ...sources]);
    for (const detail of starts) expect(detail.duration).toBeCloseTo(2, 0);
    expect(harness.sink.of('TaskAlarm')).toEqual([]);
    const exit = harness.sink.of('TaskExit')[0]!;
    expect(exit.detail.code).toBe(0);
    // It ended because the loops were done, long before the end time.
    expect(exit.at).toBeLessThan(Date.parse(request.EndTime) - 20_000);
    // At real time: node paces the 12 s of media, handing it to the muxer at most ~0.75 s ahead. (Measured from
    // the create, for the reason above.)
    expect(exit.at - createdAt).toBeGreaterThan(10_500);

    const result = await probe(out);
    expect(result.videoCodec).toBe('h264');
    expect(result.audioCodec).toBe('aac');
    // Six 2-second files; the recording may have joined a moment after the first frame.
    expect(result.duration).toBeGreaterThan(10.5);
    expect(result.duration).toBeLessThan(12.8);
    const video = continuity(result.videoPts);
    const audio = continuity(result.audioPts);
    expect(video.backwards).toBe(false);
    expect(video.maxGap).toBeLessThan(0.15);
    expect(audio.maxGap).toBeLessThan(0.15);
    expect((await harness.backend.status(request.SpecifyTaskId))?.RunStatus).toBe('inactive');
  });

  it('starts at FileIndex and OffsetTime (the next key frame), and the destination gets only the rest', async () => {
    const before = harness.sink.events.length;
    const events = () => harness.sink.events.slice(before);
    const request = relayRequest(
      {
        SourceType: 'PullVodPushLive',
        SourceUrls: [http.url('a.flv'), http.url('whole.flv')],
        ToUrl: rtmp.url('live/offset'),
        VodLoopTimes: '0',
        FileIndex: 2,
        OffsetTime: 2,
      },
      60,
    );
    const out = join(dir.path, 'offset.flv');
    const recording = capture(rtmp.url('live/offset'), 10, out, 2);
    await harness.backend.create(request);
    await harness.sink.waitFor(() => events().some((e) => e.event === 'TaskExit'), 15_000, 'the end of the list');
    await recording;
    const started = events().filter((e) => e.event === 'VodSourceFileStart').map((e) => e.detail);
    expect(started.map((d) => d.index)).toEqual([1]);
    // The duration comes from the file's onMetaData, read by node.
    expect(started[0]!.duration).toBeCloseTo(4, 0);
    expect(events().filter((e) => e.event === 'TaskAlarm')).toEqual([]);
    const result = await probe(out);
    // The last two of its four seconds (from the key frame at 2 s), not the whole file.
    expect(result.duration).toBeGreaterThan(1.2);
    expect(result.duration).toBeLessThan(2.4);
    expect(continuity(result.videoPts).maxGap).toBeLessThan(0.15);
  });

  it('plays an HLS playlist with every segment fetched through the runner, and reports a file that ends early', async () => {
    const before = harness.sink.events.length;
    const events = () => harness.sink.events.slice(before);
    const request = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('show.m3u8'), http.url('cut.flv')], ToUrl: rtmp.url('live/hls'), VodLoopTimes: '0' },
      60,
    );
    await harness.backend.create(request);
    await harness.sink.waitFor(() => events().some((e) => e.event === 'TaskExit'), 20_000, 'the end of the list');
    const started = events().filter((e) => e.event === 'VodSourceFileStart').map((e) => e.detail);
    expect(started.map((d) => d.index)).toEqual([0, 1]);
    expect(started[0]!.duration).toBeCloseTo(2, 0);
    // The segments were named by the playlist and fetched by the gateway on ffmpeg's behalf.
    expect(http.requests.filter((path) => path.endsWith('.ts')).length).toBeGreaterThanOrEqual(2);
    const alarms = events().filter((e) => e.event === 'TaskAlarm').map((e) => e.detail.type);
    expect(alarms).toEqual(['FileEndEarly']);
    expect(events().filter((e) => e.event === 'VodSourceFileFinish').map((e) => e.detail.index)).toEqual([0, 1]);
  });

  it('plays AES-128 HLS with its key fetched through the runner, and refuses a playlist whose key is a local file', async () => {
    expect(readFileSync(join(dir.path, 'enc.m3u8'), 'utf8')).toContain('#EXT-X-KEY:METHOD=AES-128');
    const before = harness.sink.events.length;
    const events = () => harness.sink.events.slice(before);
    const good = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('enc.m3u8')], ToUrl: rtmp.url('live/enc'), VodLoopTimes: '0' },
      60,
    );
    await harness.backend.create(good);
    const out = join(dir.path, 'enc-out.flv');
    await capture(rtmp.url('live/enc'), 20, out, 2);
    await harness.sink.waitFor(() => events().some((e) => e.event === 'TaskExit'), 20_000, 'the end of the encrypted clip');
    expect(http.requests).toContain('/enc.key');
    expect(events().filter((e) => e.event === 'TaskAlarm')).toEqual([]);
    const played = await probe(out);
    expect(played.videoCodec).toBe('h264');
    // Decrypted: a wrong or missing key would leave nothing decodable to record.
    expect(played.duration).toBeGreaterThan(1);

    const segmentsBefore = http.requests.filter((path) => path.startsWith('/enc') && path.endsWith('.ts')).length;
    const keysBefore = http.requests.filter((path) => path === '/enc.key').length;
    const mark = harness.sink.events.length;
    const bad = relayRequest(
      { SourceType: 'PullVodPushLive', SourceUrls: [http.url('local-key.m3u8')], ToUrl: rtmp.url('live/badkey'), VodLoopTimes: '0' },
      60,
    );
    await harness.backend.create(bad);
    const after = () => harness.sink.events.slice(mark);
    // A pass of the list that played nothing is an interruption (retried until the end time), not its loops done.
    await harness.sink.waitFor(() => after().some((e) => e.event === 'TaskExit'), 30_000, 'the bad list given up on');
    expect(after().find((e) => e.event === 'TaskExit')!.detail).toMatchObject({ code: -1, reason: { code: expect.stringMatching(/^source/) } });
    expect(after().filter((e) => e.event === 'TaskAlarm').map((e) => e.detail.type)).toContain('PullFileFailed');
    expect(after().filter((e) => e.event === 'VodSourceFileStart' || e.event === 'TaskStart')).toEqual([]);
    await harness.backend.delete(bad.SpecifyTaskId, 'test');
    // The playlist was refused as a whole: not one of its segments, nor any key, was fetched for it.
    expect(http.requests.filter((path) => path.startsWith('/enc') && path.endsWith('.ts')).length).toBe(segmentsBefore);
    expect(http.requests.filter((path) => path === '/enc.key').length).toBe(keysBefore);
  });
});
