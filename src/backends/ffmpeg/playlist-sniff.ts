// Whether an answer's body is an HLS playlist, judged by its first bytes as ffmpeg judges them. ffmpeg picks the
// HLS demuxer by content (a body that starts "#EXTM3U"), whatever the Content-Type or the URL's extension say,
// and it skips ID3v2 tags before looking; a playlist the gateway did not recognise would reach ffmpeg with its
// URLs unrewritten, and ffmpeg would fetch them itself. Pure.

const MAGIC = Buffer.from('#EXTM3U');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ID3_HEADER = 10;

/**
 * 'playlist' with the offset where its text starts (after ID3 tags and a BOM), 'media' when it cannot be one, or
 * 'more' when `head` is too short to tell (an ID3 tag not yet read in full); `ended` says no more bytes will come.
 */
export type Sniffed = { kind: 'playlist'; textStart: number } | { kind: 'media' } | { kind: 'more' };

export function sniffPlaylist(head: Buffer, ended: boolean): Sniffed {
  let at = 0;
  // ID3v2 tags, one after another as ffmpeg reads them: "ID3", version, flags, a 28-bit size, and a footer when
  // flag 0x10 says so.
  while (head.length - at >= 3 && head.subarray(at, at + 3).toString('latin1') === 'ID3') {
    if (head.length - at < ID3_HEADER) return ended ? { kind: 'media' } : { kind: 'more' };
    const size = ((head[at + 6]! & 0x7f) << 21) | ((head[at + 7]! & 0x7f) << 14) | ((head[at + 8]! & 0x7f) << 7) | (head[at + 9]! & 0x7f);
    const footer = head[at + 5]! & 0x10 ? ID3_HEADER : 0;
    at += ID3_HEADER + size + footer;
  }
  if (head.subarray(at, at + BOM.length).equals(BOM)) at += BOM.length;
  while (at < head.length && /\s/.test(String.fromCharCode(head[at]!))) at += 1;
  const rest = head.subarray(at, at + MAGIC.length);
  if (rest.equals(MAGIC)) return { kind: 'playlist', textStart: at };
  if (!ended && rest.length < MAGIC.length && MAGIC.subarray(0, rest.length).equals(rest)) return { kind: 'more' };
  return { kind: 'media' };
}

/** How many bytes a sniff may need before the gateway gives up on telling (an ID3 tag that large is refused). */
export const MAX_SNIFF_BYTES = 2 * 1024 * 1024;
