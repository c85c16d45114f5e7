// From the draft to the API's fields: source kind, destination fields, options.
import type { RelayError } from '../errors.js';
import type { RelayRequest, Region, SourceType, CallbackEvent } from '../relay-request.js';
import { isMediaFileUrl } from '../validation/urls.js';
import { maskStreamPath } from '../redact.js';
import type { CommandContext } from './context.js';
import type { CommandDraft } from './draft.js';

/**
 * A URL with a media file's extension is a file (.mp4/.flv/.m3u8, and .mov, .mkv … which validation then refuses
 * as a format the API cannot pull); when any source is one, they all are (a playlist). URLs without one are live
 * streams: two rtmp URLs are two live sources, which is refused as such, not as "not an FLV/MP4/HLS file".
 * A kind said as a kind ("live source", "…m3u8 live", 直播源, 点播) overrides this, e.g. for live HLS.
 */
export function inferSourceType(urls: string[], forced?: SourceType): SourceType {
  if (forced) return forced;
  return urls.some((url) => isMediaFileUrl(url)) ? 'PullVodPushLive' : 'PullLivePushLive';
}

export type DestinationFields = Pick<RelayRequest, 'DomainName' | 'AppName' | 'StreamName' | 'ToUrl'>;

/** The destination fields, or undefined after recording why there are none. */
export function destinationFields(draft: CommandDraft, ctx: CommandContext, errors: RelayError[]): DestinationFields | undefined {
  if (draft.destinations.length === 0) {
    errors.push({ code: 'InvalidParameter', field: 'StreamName', key: 'parse.noDestination' });
    return undefined;
  }
  if (draft.destinations.length > 1) {
    errors.push({ code: 'InvalidParameter', field: 'StreamName', key: 'parse.multipleDestinations', params: { count: draft.destinations.length } });
    return undefined;
  }
  const destination = draft.destinations[0]!;
  if (destination.kind === 'url') return { DomainName: '', AppName: '', StreamName: '', ToUrl: destination.url };
  const domain = destination.domain ?? ctx.defaultDomain;
  if (!domain) {
    errors.push({
      code: 'InvalidParameter',
      field: 'DomainName',
      key: 'parse.noDefaultDomain',
      // Quoted back with the stream name (the push key) masked, as the preview shows it.
      params: { path: maskStreamPath(`${destination.app}/${destination.stream}`) },
    });
    return undefined;
  }
  return { DomainName: domain, AppName: destination.app, StreamName: destination.stream };
}

/** The optional fields the draft holds, under the API's names; absent ones stay absent. */
export function optionFields(draft: CommandDraft): Partial<RelayRequest> {
  const fields: Partial<RelayRequest> = {};
  if (draft.loop !== undefined) fields.VodLoopTimes = draft.loop;
  if (draft.refresh !== undefined) fields.VodRefreshType = draft.refresh;
  if (draft.comment !== undefined) fields.Comment = draft.comment;
  // Unknown names pass through on purpose: validation names each one and lists the valid ones.
  if (draft.events !== undefined) fields.CallbackEvents = draft.events as CallbackEvent[];
  if (draft.pushArgs !== undefined) fields.PushArgs = draft.pushArgs;
  if (draft.extraCmd !== undefined) fields.ExtraCmd = draft.extraCmd;
  if (draft.fileIndex !== undefined) fields.FileIndex = draft.fileIndex;
  if (draft.offsetTime !== undefined) fields.OffsetTime = draft.offsetTime;
  if (draft.region !== undefined) fields.Region = draft.region as Region;
  if (draft.watermarks.length > 0) fields.WatermarkList = draft.watermarks;
  if (draft.backupUrl !== undefined) {
    fields.BackupSourceUrl = draft.backupUrl;
    fields.BackupSourceType = isMediaFileUrl(draft.backupUrl) ? 'PullVodPushLive' : 'PullLivePushLive';
  }
  return fields;
}
