// A host typed in Chinese (or any script): "https://例子.测试/show.mp4", "rtmp://推流.example.com/live/KEY". The URL
// goes on with its host in ASCII (punycode: "xn--fsqu00a.xn--0zwm56d"), as every resolver and the API read it: the
// address policy then judges the host that will be reached ("ｌｏｃａｌｈｏｓｔ" is localhost, "①②⑦.0.0.1" is 127.0.0.1),
// and ffmpeg, which looks up a host as it is written, finds it. Messages show it as typed again (redact.ts).
import { domainToASCII } from 'node:url';

const AUTHORITY = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i;

/** The URL with a host that is not ASCII written in punycode; any other URL (and one no resolver could read) as it is. */
export function withAsciiHost(url: string): string {
  const [whole, scheme = '', authority = ''] = AUTHORITY.exec(url) ?? [];
  // eslint-disable-next-line no-control-regex -- ASCII is exactly what needs no change
  if (whole === undefined || /^[\x00-\x7f]*$/.test(authority)) return url;
  const at = authority.lastIndexOf('@');
  const userInfo = authority.slice(0, at + 1);
  const [, host = '', port = ''] = /^(.*?)((?::\d*)?)$/.exec(authority.slice(at + 1)) ?? [];
  const ascii = domainToASCII(host);
  if (ascii === '') return url;
  return `${scheme}${userInfo}${ascii}${port}${url.slice(whole.length)}`;
}
