// The rules CreateLivePullStreamTask and ModifyLivePullStreamTask enforce, from the API page
// (shared/spec/CreateLivePullStreamTask.txt) and the SDK's model comments. Each rule answers with the
// error code the page documents for it. Pure functions: the stand-in calls them with the request body.

export interface ApiFailure {
  code: string;
  message: string;
}

export const STANDIN_REGIONS = [
  'ap-bangkok', 'ap-beijing', 'ap-guangzhou', 'ap-hongkong', 'ap-mumbai', 'ap-seoul', 'ap-shanghai',
  'ap-singapore', 'ap-tokyo', 'na-ashburn', 'na-siliconvalley',
] as const;

const SOURCE_TYPES = ['PullLivePushLive', 'PullVodPushLive'];
const SOURCE_PROTOCOLS = ['http:', 'https:', 'rtmp:', 'rtmps:', 'rtsp:', 'srt:'];
const TO_URL_PROTOCOLS = ['rtmp:', 'rtmps:', 'rtsp:', 'rtp:', 'srt:'];
const CALLBACK_EVENTS = ['TaskStart', 'TaskExit', 'VodSourceFileStart', 'VodSourceFileFinish', 'ResetTaskConfig', 'TaskAlarm'];
const VOD_REFRESH_TYPES = ['ImmediateNewSource', 'ContinueBreakPoint'];
const API_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const MAX_VOD_SOURCES = 30;
const MAX_WATERMARKS = 4;
const MAX_COMMENT_BYTES = 512;
/** "Later than the current time" cannot be met to the second by a start-now request in flight. */
const START_GRACE_MS = 5 * 60_000;

export interface RuleOptions {
  now: Date;
  maxSpanDays: number;
  rejectPrivateSources: boolean;
}

type Body = Record<string, unknown>;
const fail = (code: string, message: string): ApiFailure => ({ code, message });

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** The page forbids private-network sources; literal private/loopback hosts are the ones we can tell. */
function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' ||
    /^(127|10)\./.test(host) || /^192\.168\./.test(host) || /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^169\.254\./.test(host) || /^f[cd][0-9a-f]{2}:/.test(host)
  );
}

function checkSourceUrl(value: unknown, options: RuleOptions): ApiFailure | null {
  const url = parseUrl(value);
  if (!url || !SOURCE_PROTOCOLS.includes(url.protocol) || !url.hostname) {
    return fail('InvalidParameter.InvalidSourceUrl', `Invalid source URL: ${String(value)}`);
  }
  if (options.rejectPrivateSources && isPrivateHost(url.hostname)) {
    return fail('InvalidParameter.InvalidSourceUrl', 'Private network source URLs are not allowed.');
  }
  return null;
}

function checkTimes(start: unknown, end: unknown, options: RuleOptions, startMustBeFuture = true): ApiFailure | null {
  if (typeof start !== 'string' || !API_TIME.test(start) || typeof end !== 'string' || !API_TIME.test(end)) {
    return fail('InvalidParameter.InvalidTaskTime', 'StartTime and EndTime must be UTC times like 2019-01-08T10:00:00Z.');
  }
  const startMs = Date.parse(start);
  const endMs = Date.parse(end);
  const nowMs = options.now.getTime();
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return fail('InvalidParameter.InvalidTaskTime', 'Unparseable time.');
  if (endMs <= startMs) return fail('InvalidParameter.InvalidTaskTime', 'EndTime must be later than StartTime.');
  if (endMs <= nowMs || (startMustBeFuture && startMs < nowMs - START_GRACE_MS)) {
    return fail('InvalidParameter.InvalidTaskTime', 'StartTime and EndTime must be later than the current time.');
  }
  if (endMs - startMs >= options.maxSpanDays * 86_400_000) {
    return fail('InvalidParameter.InvalidTaskTime', `StartTime and EndTime must be less than ${options.maxSpanDays} days apart.`);
  }
  return null;
}

function checkSources(sourceType: unknown, urls: unknown, options: RuleOptions): ApiFailure | null {
  if (!SOURCE_TYPES.includes(String(sourceType))) return fail('InvalidParameterValue', 'SourceType must be PullLivePushLive or PullVodPushLive.');
  if (!Array.isArray(urls) || urls.length === 0) return fail('InvalidParameter.InvalidSourceUrl', 'SourceUrls is empty.');
  if (sourceType === 'PullLivePushLive' && urls.length > 1) return fail('InvalidParameter.InvalidSourceUrl', 'A live source takes one URL.');
  if (urls.length > MAX_VOD_SOURCES) return fail('InvalidParameter.InvalidSourceUrl', 'At most 30 source URLs.');
  for (const url of urls) {
    const problem = checkSourceUrl(url, options);
    if (problem) return problem;
  }
  return null;
}

function checkDestination(body: Body): ApiFailure | null {
  const names = [body.DomainName, body.AppName, body.StreamName];
  if (typeof body.ToUrl === 'string' && body.ToUrl !== '') {
    const url = parseUrl(body.ToUrl);
    if (!url || !TO_URL_PROTOCOLS.includes(url.protocol)) return fail('InvalidParameter.InvalidToUrl', 'Invalid ToUrl.');
    if (names.some((name) => name !== '')) return fail('InvalidParameter.InvalidToUrl', 'With ToUrl, DomainName, AppName and StreamName must be empty strings.');
    return null;
  }
  if (names.some((name) => typeof name !== 'string' || name === '')) return fail('MissingParameter', 'DomainName, AppName and StreamName are required.');
  return null;
}

function checkOptional(body: Body, options: RuleOptions): ApiFailure | null {
  if (body.CallbackUrl !== undefined) {
    const url = parseUrl(body.CallbackUrl);
    if (!url || !['http:', 'https:'].includes(url.protocol)) return fail('InvalidParameter.InvalidCallbackUrl', 'Invalid CallbackUrl.');
  }
  if (body.CallbackEvents !== undefined) {
    if (!Array.isArray(body.CallbackEvents) || body.CallbackEvents.some((e) => !CALLBACK_EVENTS.includes(String(e)))) {
      return fail('InvalidParameterValue', 'Unknown CallbackEvents value.');
    }
  }
  if (body.VodLoopTimes !== undefined && !/^(-1|\d+)$/.test(String(body.VodLoopTimes))) return fail('InvalidParameterValue', 'VodLoopTimes must be -1, 0 or a positive count.');
  if (body.VodRefreshType !== undefined && !VOD_REFRESH_TYPES.includes(String(body.VodRefreshType))) return fail('InvalidParameterValue', 'Unknown VodRefreshType.');
  if (typeof body.Comment === 'string' && Buffer.byteLength(body.Comment) > MAX_COMMENT_BYTES) return fail('InvalidParameterValue', 'Comment is longer than 512 bytes.');
  if (body.BackupSourceUrl !== undefined || body.BackupSourceType !== undefined) {
    if (!SOURCE_TYPES.includes(String(body.BackupSourceType))) return fail('InvalidParameterValue', 'Unknown BackupSourceType.');
    const problem = checkSourceUrl(body.BackupSourceUrl, options);
    if (problem) return problem;
  }
  if (body.WatermarkList !== undefined) {
    const list = body.WatermarkList;
    if (!Array.isArray(list) || list.length > MAX_WATERMARKS) return fail('InvalidParameter.InvalidWatermark', 'At most four watermarks.');
    for (const mark of list as Body[]) {
      const url = parseUrl(mark.PictureUrl);
      if (!url || !['http:', 'https:'].includes(url.protocol)) return fail('InvalidParameter.InvalidWatermark', 'Watermark PictureUrl must be a public http(s) URL.');
    }
  }
  return null;
}

/** Every rule of CreateLivePullStreamTask except the task limit and SpecifyTaskId (the stand-in's state). */
export function checkCreate(body: Body, options: RuleOptions): ApiFailure | null {
  for (const field of ['SourceType', 'SourceUrls', 'StartTime', 'EndTime', 'Operator'] as const) {
    if (body[field] === undefined || body[field] === '') return fail('MissingParameter', `The request is missing a required parameter \`${field}\`.`);
  }
  const urls = body.SourceUrls as unknown[];
  const fileIndex = body.FileIndex;
  if (fileIndex !== undefined && (!Number.isInteger(fileIndex) || (fileIndex as number) < 1 || (fileIndex as number) > urls.length)) {
    return fail('InvalidParameterValue', 'FileIndex must be between 1 and the number of SourceUrls.');
  }
  if (body.BackupSourceUrl !== undefined && body.SourceType !== 'PullLivePushLive') {
    return fail('InvalidParameterValue', 'Backup sources are supported only for a live primary source.');
  }
  return (
    checkSources(body.SourceType, urls, options) ??
    checkTimes(body.StartTime, body.EndTime, options) ??
    checkDestination(body) ??
    checkOptional(body, options)
  );
}

/** ModifyLivePullStreamTask: the changed fields obey the same rules; SourceType cannot change. */
export function checkModify(body: Body, current: Body, options: RuleOptions): ApiFailure | null {
  if (body.Operator === undefined || body.Operator === '') return fail('MissingParameter', 'The request is missing a required parameter `Operator`.');
  if (body.SourceType !== undefined && body.SourceType !== current.SourceType) return fail('InvalidParameterValue', 'SourceType cannot change.');
  if (body.Status !== undefined && !['enable', 'pause'].includes(String(body.Status))) return fail('InvalidParameterValue', 'Status must be enable or pause.');
  if (body.SourceUrls !== undefined) {
    const problem = checkSources(current.SourceType, body.SourceUrls, options);
    if (problem) return problem;
  }
  if (body.StartTime !== undefined || body.EndTime !== undefined) {
    const problem = checkTimes(body.StartTime ?? current.StartTime, body.EndTime ?? current.EndTime, options, body.StartTime !== undefined);
    if (problem) return problem;
  }
  if (body.ToUrl !== undefined) {
    const url = parseUrl(body.ToUrl);
    if (!url || !TO_URL_PROTOCOLS.includes(url.protocol)) return fail('InvalidParameter.InvalidToUrl', 'Invalid ToUrl.');
  }
  return checkOptional(body, options);
}
