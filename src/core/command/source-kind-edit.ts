// A relay's source type is fixed once it exists: ModifyLivePullStreamTask changes its SourceUrls, never its SourceType.
// New sources of the other kind had slipped through: a live relay given a file ("new source https://…/show.mp4", 换源
// …mp4) was accepted, to be pulled as a live stream; a file relay given an rtmp/rtsp/srt stream was told to "say live",
// which an edit cannot do either. Both are refused here, saying why and what to do instead.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import { maskUrl } from '../redact.js';
import { isFileOnlyUrl, STREAMING_SCHEME } from '../validation/urls.js';

/**
 * The refusal for new sources that are not of the relay's kind, or undefined when they are (or may be: HTTP-FLV and
 * HLS can be a live relay's new sources).
 */
export function sourceKindChange(sources: readonly string[], current: RelayRequest): RelayError | undefined {
  if (current.SourceType === 'PullLivePushLive') {
    const file = sources.find(isFileOnlyUrl);
    return file === undefined ? undefined : refusal('parse.changes.fileForLiveRelay', file);
  }
  const live = sources.find((url) => STREAMING_SCHEME.test(url));
  return live === undefined ? undefined : refusal('parse.changes.liveForFileRelay', live);
}

function refusal(key: string, url: string): RelayError {
  return { code: 'InvalidParameter', field: 'SourceUrls', key, params: { url: maskUrl(url) } };
}
