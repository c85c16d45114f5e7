// The feed that paces the spliced FLV stream into the muxer, on a real file's tags and real timers: it writes in a
// couple of large bursts a second (each wake-up of node is what a relay costs the bot), never lets the muxer run
// dry, and hands nothing over more than a period and a lead before it is due.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { FlvFeed } from '../../../src/backends/ffmpeg/flv/flv-feed.js';
import { FlvTagReader, TAG_SCRIPT } from '../../../src/backends/ffmpeg/flv/flv-tags.js';
import { makeMedia } from '../../support/media.js';
import { tempDir } from './harness.js';

/** How early the feed may hand a tag over: a period (500 ms) and a lead (250 ms), with room for a late timer. */
const MAX_EARLY_MS = 750 + 100;

describe('FLV feed', () => {
  const dir = tempDir('relaybot-feed-');
  afterAll(() => dir.remove());

  it('writes a 3 s file in a few bursts, each ahead of playback and at most a period and a lead early', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'a.flv', seconds: 3, format: 'flv' }));
    const tags = new FlvTagReader().push(bytes).filter((tag) => tag.type !== TAG_SCRIPT);
    const firstTs = tags[0]!.timestamp;
    const lastTs = tags[tags.length - 1]!.timestamp;

    const writes: number[] = [];
    // One entry per write or writev, i.e. per syscall a socket would make.
    const muxerInput = new Writable({
      write(_chunk: Buffer, _encoding, done) {
        writes.push(performance.now());
        done();
      },
      writev(_chunks, done) {
        writes.push(performance.now());
        done();
      },
    });
    const feed = new FlvFeed(muxerInput);
    const bursts: { at: number; until: number }[] = [];
    const started = performance.now();
    feed.enqueue(null, tags, (tag) => bursts.push({ at: performance.now() - started, until: tag.timestamp - firstTs }));
    await feed.drained();
    const took = performance.now() - started;
    feed.close();

    // Paced, not dumped: the last tag went out no earlier than a period and a lead before it was due.
    expect(took).toBeGreaterThan(lastTs - firstTs - MAX_EARLY_MS);
    // ~2 bursts a second (the first at once), not one write per tag (~190 here) or per 100 ms tick.
    expect(writes.length).toBeLessThanOrEqual(Math.ceil((lastTs - firstTs) / 500) + 2);
    expect(bursts.length).toBe(writes.length);
    for (const [i, burst] of bursts.entries()) {
      expect(burst.until - burst.at).toBeLessThan(MAX_EARLY_MS);
      // The muxer still had media when this burst came: the previous one reached past now.
      if (i > 0) expect(bursts[i - 1]!.until).toBeGreaterThan(burst.at);
    }
  });

  it('lets a source read only up to its read-ahead, and again at the next burst', async () => {
    const bytes = readFileSync(await makeMedia(dir.path, { name: 'b.flv', seconds: 4, format: 'flv' }));
    const tags = new FlvTagReader().push(bytes).filter((tag) => tag.type !== TAG_SCRIPT);
    const feed = new FlvFeed(new Writable({ write: (_chunk, _encoding, done) => done() }));
    feed.enqueue(null, tags);
    // 4 s queued, ~0.75 s of it written at once: more than the read-ahead (1.25 s) is left, so the source waits.
    expect(feed.hasRoom).toBe(false);
    let roomAt = 0;
    const started = performance.now();
    await feed.room().then(() => (roomAt = performance.now() - started));
    // Room comes back at the burst after which less than the read-ahead is queued (the 4th, ~2 s in): not at
    // once, not per tag.
    expect(roomAt).toBeGreaterThan(1500);
    expect(roomAt).toBeLessThan(2700);
    expect(feed.hasRoom).toBe(true);
    feed.close();
  });
});
