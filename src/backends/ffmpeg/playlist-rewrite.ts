// HLS playlists name their segments, keys and variant playlists by URL, relative or absolute. Each one is
// resolved against the playlist's own URL and replaced by the runner's loopback URL for it, so ffmpeg never
// resolves or connects to anything by itself. Pure.

const URI_ATTRIBUTE = /URI="([^"]*)"/g;

export function rewritePlaylist(text: string, base: URL, urlFor: (absolute: string) => string): string {
  const rewrite = (reference: string) => urlFor(new URL(reference, base).toString());
  return text
    .split(/\r?\n/)
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed === '') return line;
      if (trimmed.startsWith('#')) return line.replace(URI_ATTRIBUTE, (_whole, uri: string) => `URI="${rewrite(uri)}"`);
      return rewrite(trimmed);
    })
    .join('\n');
}
