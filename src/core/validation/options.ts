// The optional fields: loops and refresh (files only), callback events, push arguments, extra command,
// comment size, region, operator, file index and offset, watermarks and the callback URL.
import type { RelayError } from '../errors.js';
import { maskSecretWords, maskUrl } from '../redact.js';
import { CALLBACK_EVENTS, REGIONS, VOD_REFRESH_TYPES, type RelayRequest } from '../relay-request.js';
import { checkUrl, hasExtension, WEB_SCHEMES } from './urls.js';
import type { ValidationContext } from './context.js';

export const MAX_COMMENT_BYTES = 512;
export const MAX_WATERMARKS = 4;
export const MAX_OPERATOR_LENGTH = 64;
/**
 * The furthest a relay may start into its first file, in seconds: seven days, the longest task the API page
 * allows. The page sets no bound of its own (whole seconds, with FileIndex), but it advises files under an hour;
 * an offset beyond this is a typo (or a number past what JSON carries exactly), never a file position.
 */
export const MAX_OFFSET_SECONDS = 7 * 24 * 3600;
const WATERMARK_FORMATS = ['png', 'jpg', 'jpeg', 'gif'];
/** Characters the SDK model forbids in a watermark URL. */
const WATERMARK_FORBIDDEN = /[;(){}$>`#"'|]/;
const PUSH_ARGS = /^[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~%:,+-]*(?:&[A-Za-z0-9_.~-]+=[A-Za-z0-9_.~%:,+-]*)*$/;
const EXTRA_CMD = /^[A-Za-z0-9_=&,.:-]{1,256}$/;
const INVALID = 'InvalidParameterValue';

const isVod = (request: RelayRequest): boolean => request.SourceType === 'PullVodPushLive';

export function validateFileOptions(request: RelayRequest): RelayError[] {
  const errors: RelayError[] = [];
  if (request.VodLoopTimes !== undefined) {
    const value = String(request.VodLoopTimes);
    if (!/^(?:-1|0|[1-9]\d{0,8})$/.test(value)) {
      errors.push({ code: INVALID, field: 'VodLoopTimes', key: 'validation.loop.value', params: { value } });
    } else if (!isVod(request)) {
      errors.push({ code: 'InvalidParameter', field: 'VodLoopTimes', key: 'validation.loop.onlyFiles' });
    }
  }
  if (request.VodRefreshType !== undefined) {
    if (!VOD_REFRESH_TYPES.includes(request.VodRefreshType)) {
      errors.push({ code: INVALID, field: 'VodRefreshType', key: 'validation.refresh.value', params: { value: String(request.VodRefreshType) } });
    } else if (!isVod(request)) {
      errors.push({ code: 'InvalidParameter', field: 'VodRefreshType', key: 'validation.refresh.onlyFiles' });
    }
  }
  if (request.FileIndex !== undefined) {
    const count = request.SourceUrls?.length ?? 0;
    if (!isVod(request)) errors.push({ code: 'InvalidParameter', field: 'FileIndex', key: 'validation.fileIndex.onlyFiles' });
    else if (!Number.isInteger(request.FileIndex) || request.FileIndex < 1 || request.FileIndex > count) {
      errors.push({ code: INVALID, field: 'FileIndex', key: 'validation.fileIndex.range', params: { value: request.FileIndex, count } });
    }
  }
  if (request.OffsetTime !== undefined) {
    if (!Number.isInteger(request.OffsetTime) || request.OffsetTime < 0) {
      errors.push({ code: INVALID, field: 'OffsetTime', key: 'validation.offset.value', params: { value: request.OffsetTime } });
    } else if (request.OffsetTime > MAX_OFFSET_SECONDS) {
      const params = { value: request.OffsetTime, max: MAX_OFFSET_SECONDS };
      errors.push({ code: INVALID, field: 'OffsetTime', key: 'validation.offset.tooLarge', params });
    } else if (request.FileIndex === undefined) {
      errors.push({ code: 'InvalidParameter', field: 'OffsetTime', key: 'validation.offset.needsFile' });
    }
  }
  return errors;
}

export function validateFreeFields(request: RelayRequest): RelayError[] {
  const errors: RelayError[] = [];
  const operator = typeof request.Operator === 'string' ? request.Operator.trim() : '';
  if (operator === '' || operator.length > MAX_OPERATOR_LENGTH) {
    errors.push({ code: 'InvalidParameter', field: 'Operator', key: 'validation.operator', params: { max: MAX_OPERATOR_LENGTH } });
  }
  if (request.Comment !== undefined) {
    const bytes = Buffer.byteLength(request.Comment, 'utf8');
    if (bytes > MAX_COMMENT_BYTES) {
      errors.push({ code: INVALID, field: 'Comment', key: 'validation.comment.tooLong', params: { bytes, max: MAX_COMMENT_BYTES } });
    }
    // eslint-disable-next-line no-control-regex -- control characters are what the API calls special characters
    if (/[\u0000-\u001f\u007f]/.test(request.Comment)) {
      errors.push({ code: INVALID, field: 'Comment', key: 'validation.comment.chars' });
    }
  }
  if (request.PushArgs !== undefined && (request.PushArgs.length > 512 || !PUSH_ARGS.test(request.PushArgs))) {
    errors.push({ code: INVALID, field: 'PushArgs', key: 'validation.pushArgs', params: { value: maskSecretWords(request.PushArgs).slice(0, 80) } });
  }
  if (request.ExtraCmd !== undefined && !EXTRA_CMD.test(request.ExtraCmd)) {
    errors.push({ code: INVALID, field: 'ExtraCmd', key: 'validation.extraCmd', params: { value: request.ExtraCmd.slice(0, 80) } });
  }
  if (request.Region !== undefined && !REGIONS.includes(request.Region)) {
    errors.push({ code: INVALID, field: 'Region', key: 'validation.region', params: { value: String(request.Region), allowed: REGIONS.join(', ') } });
  }
  if (request.SpecifyTaskId !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(request.SpecifyTaskId)) {
    errors.push({ code: INVALID, field: 'SpecifyTaskId', key: 'validation.specifyTaskId' });
  }
  return errors.concat(validateEvents(request));
}

function validateEvents(request: RelayRequest): RelayError[] {
  if (request.CallbackEvents === undefined) return [];
  const errors: RelayError[] = [];
  const seen = new Set<string>();
  for (const name of request.CallbackEvents as string[]) {
    if (seen.has(name) && errors.some((e) => e.params?.name === name)) continue; // one message per name
    if (!(CALLBACK_EVENTS as readonly string[]).includes(name)) {
      errors.push({ code: INVALID, field: 'CallbackEvents', key: 'validation.events.unknown', params: { name, allowed: CALLBACK_EVENTS.join(', ') } });
    } else if (seen.has(name)) {
      errors.push({ code: INVALID, field: 'CallbackEvents', key: 'validation.events.duplicate', params: { name } });
    }
    seen.add(name);
  }
  if (request.CallbackEvents.length === 0) {
    errors.push({ code: INVALID, field: 'CallbackEvents', key: 'validation.events.empty', params: { allowed: CALLBACK_EVENTS.join(', ') } });
  }
  return errors;
}

export function validateLinks(request: RelayRequest, ctx: ValidationContext): RelayError[] {
  const errors: RelayError[] = [];
  if (request.CallbackUrl !== undefined) {
    errors.push(
      ...checkUrl(request.CallbackUrl, {
        field: 'CallbackUrl',
        code: 'InvalidParameter.InvalidCallbackUrl',
        schemes: WEB_SCHEMES,
        allowPrivateNetworks: ctx.allowPrivateNetworks,
      }),
    );
  }
  const marks = request.WatermarkList ?? [];
  const code = 'InvalidParameter.InvalidWatermark';
  if (marks.length > MAX_WATERMARKS) {
    errors.push({ code, field: 'WatermarkList', key: 'validation.watermark.tooMany', params: { count: marks.length, max: MAX_WATERMARKS } });
  }
  marks.forEach((mark, i) => {
    const index = i + 1;
    const url = String(mark.PictureUrl ?? '');
    const problems = checkUrl(url, { field: 'WatermarkList', code, schemes: WEB_SCHEMES, allowPrivateNetworks: ctx.allowPrivateNetworks });
    errors.push(...problems);
    if (problems.length === 0 && WATERMARK_FORBIDDEN.test(url)) {
      errors.push({ code, field: 'WatermarkList', key: 'validation.watermark.urlChars', params: { index } });
    } else if (problems.length === 0 && !hasExtension(url, WATERMARK_FORMATS)) {
      errors.push({ code, field: 'WatermarkList', key: 'validation.watermark.format', params: { index, url: maskUrl(url) } });
    }
    for (const name of ['XPosition', 'YPosition', 'Width', 'Height'] as const) {
      const value = mark[name];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
        errors.push({ code, field: 'WatermarkList', key: 'validation.watermark.range', params: { index, name } });
      }
    }
    if (![0, 1, 2, 3].includes(mark.Location)) {
      errors.push({ code, field: 'WatermarkList', key: 'validation.watermark.location', params: { index } });
    }
  });
  return errors;
}
