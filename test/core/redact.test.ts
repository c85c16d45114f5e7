// What reaches chat and logs of a URL: never a stream key, a signature, a token or a passphrase, whatever the
// provider calls it.
import { describe, expect, it } from 'vitest';
import { maskLinkText, maskSecretWords, maskUrl, redactText } from '../../src/core/redact.js';

const SECRETS = ['abcdef0123456789', 'AKIAEXAMPLE', 'WSSECRET', 'ACCESSTOK', 'SRTPASS', 'deadbeef', 'k3y', 'hdntsvalue', 'policyvalue'];

describe('maskUrl', () => {
  it('masks every query value, whatever its name, and keeps the names', () => {
    const s3 = maskUrl(
      'https://bucket.s3.amazonaws.com/show.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAEXAMPLE%2F20261126&X-Amz-Signature=abcdef0123456789',
    );
    expect(s3).toBe('https://bucket.s3.amazonaws.com/show.mp4?X-Amz-Algorithm=****&X-Amz-Credential=****&X-Amz-Signature=****');
    const push = maskUrl('rtmp://push.example.com/live/x?wsSecret=WSSECRET&access_token=ACCESSTOK&txTime=6A1B2C3D');
    expect(push).toBe('rtmp://push.example.com/live/****?wsSecret=****&access_token=****&txTime=****');
    expect(maskUrl('https://cdn.example.com/a.m3u8?hdnts=hdntsvalue&Policy=policyvalue')).not.toMatch(/hdntsvalue|policyvalue/);
  });

  it('masks an SRT streamid after "#" (the fragment), where a passphrase hides', () => {
    const srt = maskUrl('srt://push.example.com:9000?streamid=#!::r=live/x,m=publish&passphrase=SRTPASS');
    expect(srt).not.toContain('SRTPASS');
    expect(srt).not.toContain('passphrase=');
    expect(srt.startsWith('srt://push.example.com:9000')).toBe(true);
  });

  it('masks the stream key of a push URL and the user info of any URL', () => {
    expect(maskUrl('rtmps://user:k3y@push.example.com/app/streamkey123')).toBe('rtmps://push.example.com/app/st****');
  });

  it('masks the stream key before a slash at the end of the path (it had shown the key in full)', () => {
    expect(maskUrl('rtmp://push.example.com/live/streamkey123/')).toBe('rtmp://push.example.com/live/st****/');
    expect(maskUrl('rtmp://push.example.com/live/streamkey123/?txSecret=k3y')).toBe('rtmp://push.example.com/live/st****/?txSecret=****');
  });

  it('does not fail on a path segment that is no valid escape', () => {
    expect(maskUrl('rtmp://push.example.com/live/%zzstreamkey')).toBe('rtmp://push.example.com/live/%z****');
  });

  it('leaves a plain source URL readable', () => {
    expect(maskUrl('https://cdn.example.com/vod/show.mp4')).toBe('https://cdn.example.com/vod/show.mp4');
  });
});

describe('redactText', () => {
  it('masks every URL inside a log line or an ffmpeg message', () => {
    const line =
      'Opening rtmp://push.example.com/live/x?wsSecret=WSSECRET for writing; input https://bucket.s3.amazonaws.com/a.mp4?X-Amz-Signature=abcdef0123456789 ok';
    const masked = redactText(line);
    for (const secret of SECRETS) expect(masked).not.toContain(secret);
    expect(masked).toContain('Opening rtmp://push.example.com/live/****?wsSecret=****');
  });
});

describe('text quoted back to the user', () => {
  it('masks a link typed without its scheme, or with a mistyped one, as the URL it was meant to be', () => {
    expect(maskLinkText('push.example.com:1935/live/streamkey123?txSecret=k3y')).toBe('push.example.com:1935/live/st****?txSecret=****');
    expect(maskLinkText('rtmp:/push.example.com/live/streamkey123/')).toBe('rtmp:/push.example.com/live/st****/');
    expect(maskLinkText('rtmp//push.example.com/live/streamkey123')).toBe('rtmp//push.example.com/live/st****');
    // A media file's name is no key: the user needs to see which file was meant.
    expect(maskLinkText('cdn.example.com/2026-12-01/show.mp4?sig=deadbeef')).toBe('cdn.example.com/2026-12-01/show.mp4?sig=****');
  });

  it('masks such links and a destination path among other words', () => {
    const words = maskSecretWords('eidt r7kq2m to live/streamkey123 and push.example.com/live/otherkey456 x=deadbeef from 8pm to 4/25');
    expect(words).toBe('eidt r7kq2m to live/st**** and push.example.com/live/ot**** x=**** from 8pm to 4/25');
    expect(maskSecretWords('转推到 live/streamkey123')).toBe('转推到 live/st****');
  });
});
