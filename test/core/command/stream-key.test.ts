// A push server and its stream key said apart (stream-key.ts): how they are joined, and that "key" inside a link's
// path is no key said apart.
import { describe, expect, it } from 'vitest';
import { joinStreamKey } from '../../../src/core/command/stream-key.js';
import { accepted } from './helpers.js';

const FILE = 'https://media.example.com/vod/show.mp4';

describe('joinStreamKey', () => {
  it.each([
    ['rtmp://a.rtmp.youtube.com/live2', 'abcd-efgh', 'rtmp://a.rtmp.youtube.com/live2/abcd-efgh'],
    ['rtmp://live.twitch.tv/app/', 'live_1_abc', 'rtmp://live.twitch.tv/app/live_1_abc'],
    ['rtmp://push.example.com/live?txSecret=s1', 'key9', 'rtmp://push.example.com/live/key9?txSecret=s1'],
    ['rtmp://live-push.bilivideo.com/live-bvc', '?streamname=a&key=b', 'rtmp://live-push.bilivideo.com/live-bvc/?streamname=a&key=b'],
    ['rtmp://push.example.com/live/key9', 'key9', 'rtmp://push.example.com/live/key9'],
  ])('%s + %s', (url, key, joined) => {
    expect(joinStreamKey(url, key)).toBe(joined);
  });

  it('refuses a second stream, and a query key after a URL with its own query', () => {
    expect(joinStreamKey('rtmp://push.example.com/live/key9', 'other1')).toBeUndefined();
    expect(joinStreamKey('rtmp://push.example.com/live?x=1', '?streamname=a')).toBeUndefined();
  });
});

describe('the key said apart in a whole command', () => {
  it('joins it to the server URL, wherever it is said', () => {
    expect(accepted(`${FILE} key abcd-1234 to rtmp://a.rtmp.youtube.com/live2 tomorrow 8pm for 2h`).request.ToUrl).toBe('rtmp://a.rtmp.youtube.com/live2/abcd-1234');
  });

  it('does not take "key12345" at the end of a link with a host in Chinese as a key said apart', () => {
    // Such a host was not scanned as a URL, and its path's "key12345" had been taken as a stream key with no server.
    // The link is read whole now, its host in punycode as the resolver wants it (idn-host.ts).
    expect(accepted(`${FILE} to rtmp://推流.例子.中国/live/key12345 tomorrow 8pm for 2h`).request.ToUrl).toBe('rtmp://xn--jzup7s.xn--fsqu00a.xn--fiqs8s/live/key12345');
  });
});
