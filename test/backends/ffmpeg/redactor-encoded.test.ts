// The runner masks a task's own secrets in every line ffmpeg prints (secrets.ts), also outside URLs: a server's
// "Stream KEY?txSecret=… is already publishing" echoed by ffmpeg. It knew them only decoded and exactly as typed,
// so a signature with '+', '/' or '=' (base64, as CDN tokens are), which the URL and so ffmpeg carry percent-encoded,
// or a key printed in another case, came through whole; and a key with a stray '%' left the task with no secrets at
// all (the decode threw).
import { describe, expect, it } from 'vitest';
import { makeRedactor } from '../../../src/backends/ffmpeg/secrets.js';

describe('the runner\'s redactor and secrets written as the URL writes them', () => {
  it.each([
    ['a base64 signature, percent-encoded as given', 'rtmp://push.example.com/live/stream7?sign=ab%2Bcd%2Fef%3D%3D99', 'Server error: Stream stream7?sign=ab%2Bcd%2Fef%3D%3D99 is already publishing', ['ab%2Bcd%2Fef%3D%3D99', 'stream7']],
    ['the same, with lowercase escapes', 'rtmp://push.example.com/live/stream7?sign=ab%2Bcd%2Fef%3D%3D99', 'publish refused: sign=ab%2bcd%2fef%3d%3d99', ['ab%2bcd%2fef%3d%3d99']],
    ['a stream key with an escape', 'rtmp://push.example.com/live/K%2BEY12345?txSecret=0123456789', 'playpath K%2BEY12345 rejected', ['K%2BEY12345']],
    ['a stream key in another case', 'rtmp://push.example.com/live/SecretStream9?txSecret=0123456789', 'stream secretstream9 rejected', ['secretstream9']],
    ['a key with a stray percent sign', 'rtmp://push.example.com/live/KEY9%zz123?txSecret=0123456789', 'Server error: KEY9%zz123 already publishing, txSecret=0123456789', ['KEY9%zz123', '0123456789']],
  ])('%s', (_what, url, line, secrets) => {
    const said = makeRedactor([url])(line);
    for (const secret of secrets) expect(said).not.toContain(secret);
    expect(said).toContain('****');
  });

  it('leaves words that are no secret of the task', () => {
    const said = makeRedactor(['rtmp://push.example.com/live/evening7?txSecret=0123456789'])('Connection to tcp://1.2.3.4:1935 failed: Connection refused');
    expect(said).toBe('Connection to tcp://1.2.3.4:1935 failed: Connection refused');
  });
});
