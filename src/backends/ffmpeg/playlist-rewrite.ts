// HLS playlists name their segments, keys and variant playlists by URL, relative or absolute. Each one is
// resolved against the playlist's own URL and replaced by the runner's loopback URL for it, so ffmpeg never
// resolves or connects to anything by itself. Pure.
//
// The playlist is read the way ffmpeg's HLS demuxer reads it, not the way the HLS specification writes it: any
// text left as it was must mean the same to ffmpeg as to this reader, or a URL this reader took for part of a
// comment reaches ffmpeg unrewritten and ffmpeg connects to it directly (a metadata service, the bot's own port).
//  - ffmpeg ends a line at "\n", at "\r" alone, and at a NUL byte (libavformat ff_get_line), so all three split
//    lines here, and the playlist given to ffmpeg has only "\n";
//  - a tag's attributes are read as ffmpeg reads them (ff_parse_key_value): a value is quoted, with backslash
//    escapes, or runs unquoted to a space or comma, and the last URI wins; every URI value is rewritten, quoted;
//  - ffmpeg keeps only the first 4095 bytes of a line: a line longer than that (which the rewrite lengthens) could
//    be cut inside a loopback URL, leaving a shorter address, so such a playlist is refused.

/** ffmpeg's line buffer (MAX_URL_SIZE) less its terminating NUL. */
const MAX_LINE_BYTES = 4095;
const LINE_END = /\r\n|\r|\n|\0/;
/** av_isspace: what ends an unquoted attribute value, with the comma. */
const ATTRIBUTE_SPACE = /[ \t\n\v\f\r]/;

export function rewritePlaylist(text: string, base: URL, urlFor: (absolute: string) => string): string {
  const rewrite = (reference: string) => urlFor(new URL(reference, base).toString());
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(LINE_END)
    .map((line) => {
      // A tag only when "#" is the line's first character: ffmpeg takes " #EXT-X-KEY:…" for a segment's URL.
      if (line.startsWith('#')) return rewriteTagUris(line, rewrite);
      const trimmed = line.trim();
      return trimmed === '' ? '' : rewrite(trimmed);
    });
  if (lines.some((line) => Buffer.byteLength(line) > MAX_LINE_BYTES)) throw new Error('playlist line too long');
  return lines.join('\n');
}

/** A tag line with each URI attribute's value replaced by its rewritten URL; everything else as it was. */
function rewriteTagUris(line: string, rewrite: (reference: string) => string): string {
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  let out = line.slice(0, colon + 1);
  let at = colon + 1;
  while (at < line.length) {
    // Spaces and commas between attributes.
    while (at < line.length && (ATTRIBUTE_SPACE.test(line[at]!) || line[at] === ',')) out += line[at++];
    if (at >= line.length) break;
    const equals = line.indexOf('=', at);
    if (equals < 0) return out + line.slice(at);
    // As in ffmpeg, the name is everything up to "=", spaces and commas included.
    const name = line.slice(at, equals);
    const value = readValue(line, equals + 1);
    out += name === 'URI' || name.toUpperCase() === 'URI' ? `${name}="${quotable(rewrite(value.text))}"` : line.slice(at, value.end);
    at = value.end;
  }
  return out;
}

/** An attribute value from `start`: quoted (backslash escapes one character) or up to a space or comma. */
function readValue(line: string, start: number): { text: string; end: number } {
  let at = start;
  let text = '';
  if (line[at] === '"') {
    at += 1;
    while (at < line.length && line[at] !== '"') {
      if (line[at] === '\\') {
        if (at + 1 >= line.length) break;
        text += line[at + 1];
        at += 2;
      } else text += line[at++];
    }
    if (line[at] === '"') at += 1;
    return { text, end: at };
  }
  while (at < line.length && !ATTRIBUTE_SPACE.test(line[at]!) && line[at] !== ',') text += line[at++];
  return { text, end: at };
}

/** A URL that cannot end its quotes early or escape anything inside them. */
function quotable(url: string): string {
  return url.replace(/\\/g, '%5C').replace(/"/g, '%22');
}
