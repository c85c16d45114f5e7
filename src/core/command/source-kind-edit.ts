// A relay's source type is fixed once it exists: ModifyLivePullStreamTask changes its SourceUrls, never its SourceType.
// New sources of the other kind had slipped through: a live relay given a file ("new source https://…/show.mp4", 换源
// …mp4) was accepted, to be pulled as a live stream; a file relay given an rtmp/rtsp/srt stream was told to "say live",
// which an edit cannot do either. Both are refused here, saying why and what to do instead.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { maskUrl } from '../redact.js';
import { isMediaFileUrl, servedName } from '../validation/urls.js';

/** Endings that live streams are served with too (HTTP-FLV, HLS): such a URL can be a live relay's new source. */
const EITHER_ENDING = /\.(?:flv|m3u8)$/i;
/** Protocols that only carry live streams. */
const STREAMING_SCHEME = /^(?:rtmps?|rtsp|srt):/i;

/** The refusal for new sources that are not of the relay's kind, or undefined when they are (or may be). */
export function sourceKindChange(sources: readonly string[], current: RelayRequest): RelayError | undefined {
  if (current.SourceType === 'PullLivePushLive') {
    const file = sources.find((url) => isMediaFileUrl(url) && !EITHER_ENDING.test(servedName(url)));
    return file === undefined ? undefined : refusal('parse.changes.fileForLiveRelay', file);
  }
  const live = sources.find((url) => STREAMING_SCHEME.test(url));
  return live === undefined ? undefined : refusal('parse.changes.liveForFileRelay', live);
}

function refusal(key: string, url: string): RelayError {
  return { code: 'InvalidParameter', field: 'SourceUrls', key, params: { url: maskUrl(url) } };
}
