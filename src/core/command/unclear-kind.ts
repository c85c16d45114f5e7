// A source ending in .flv or .m3u8 may be a live stream or a file: HTTP-FLV and HLS are how live streams are played
// ("https://pull.example.com/live/cam1.flv", ".../live/index.m3u8"), and recorded shows come in both formats too.
// The ending alone made every such URL a file, so a live stream became a file relay (looped, file by file) without a
// word. When the URL itself points to a live stream — a streaming protocol (rtmp, rtsp, srt), or "live" / "zhibo" as a
// word of its host or path — and nothing in the command says which it is, the command asks. A URL without such a word
// ("https://cdn.example.com/vod/show.flv") stays a file. A backup said with it makes it live: only a live relay takes one.
import type { RelayError } from '../errors.js';
import type { SourceType } from '../relay-request.js';
import { maskUrl } from '../redact.js';
import { isFileOnlyUrl, LIVE_OR_FILE_ENDING, servedName, STREAMING_SCHEME } from '../validation/urls.js';
import type { CommandDraft } from './draft.js';

/** A word of a host or path that names a live stream: live, live2, livestream, livecdn, zhibo (直播 in pinyin). */
const LIVE_WORD = /^(?:live|zhibo)[a-z]*\d*$/i;

function looksLive(url: string): boolean {
  if (STREAMING_SCHEME.test(url)) return true;
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  const path = servedName(url).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return `${host}/${path}`.split(/[/._-]+/).some((word) => LIVE_WORD.test(word));
}

/** Whether the command already says the sources are files: a loop, a file to start at, or how to switch files. */
function treatedAsFiles(draft: CommandDraft): boolean {
  return draft.loop !== undefined || draft.fileIndex !== undefined || draft.offsetTime !== undefined || draft.refresh !== undefined;
}

/**
 * What the command leaves unclear about such sources: nothing (undefined), the kind they must be (a backup is said, and
 * only a live relay takes one), or the question to ask.
 */
export function unclearSourceKind(sources: readonly string[], draft: CommandDraft): { kind: SourceType } | { question: RelayError } | undefined {
  if (draft.kind !== undefined || treatedAsFiles(draft)) return undefined;
  // A source that can only be a file (.mp4) makes the list a playlist of files.
  if (sources.some(isFileOnlyUrl)) return undefined;
  const unclear = sources.find((url) => LIVE_OR_FILE_ENDING.test(servedName(url)) && looksLive(url));
  if (unclear === undefined) return undefined;
  if (draft.backupUrl !== undefined) return { kind: 'PullLivePushLive' };
  return { question: { code: 'InvalidParameter', field: 'SourceType', key: 'parse.liveOrFile', params: { url: maskUrl(unclear) } } };
}
