// Source rules of CreateLivePullStreamTask: the kind, how many URLs each kind takes, protocols and formats,
// and the backup source (only behind a live primary).
import type { RelayError } from '../errors.js';
import { maskUrl } from '../redact.js';
import { SOURCE_TYPES, type RelayRequest } from '../relay-request.js';
import { checkUrl, isFileUrl, namesNoStream, slashAfterMediaFile, SOURCE_SCHEMES } from './urls.js';
import type { ValidationContext } from './context.js';

export const MAX_LIVE_SOURCES = 1;
export const MAX_FILE_SOURCES = 30;

const SOURCE_CODE = 'InvalidParameter.InvalidSourceUrl';

export function validateSources(request: RelayRequest, ctx: ValidationContext): RelayError[] {
  const errors: RelayError[] = [];
  const live = request.SourceType === 'PullLivePushLive';
  if (!SOURCE_TYPES.includes(request.SourceType)) {
    errors.push({ code: 'InvalidParameterValue', field: 'SourceType', key: 'validation.sourceType', params: { value: String(request.SourceType) } });
  }
  const urls = Array.isArray(request.SourceUrls) ? request.SourceUrls : [];
  if (urls.length === 0) {
    errors.push({ code: SOURCE_CODE, field: 'SourceUrls', key: 'validation.sources.none' });
    return errors;
  }
  if (live && urls.length > MAX_LIVE_SOURCES) {
    errors.push({ code: SOURCE_CODE, field: 'SourceUrls', key: 'validation.sources.tooManyLive', params: { count: urls.length } });
  }
  if (!live && urls.length > MAX_FILE_SOURCES) {
    errors.push({
      code: SOURCE_CODE,
      field: 'SourceUrls',
      key: 'validation.sources.tooManyFiles',
      params: { count: urls.length, max: MAX_FILE_SOURCES, excess: urls.length - MAX_FILE_SOURCES },
    });
  }
  const rule = { field: 'SourceUrls', code: SOURCE_CODE, schemes: SOURCE_SCHEMES, allowPrivateNetworks: ctx.allowPrivateNetworks };
  for (const url of urls) {
    const problems = checkUrl(String(url), rule);
    errors.push(...problems);
    if (problems.length === 0 && namesNoStream(url)) {
      errors.push({ code: SOURCE_CODE, field: 'SourceUrls', key: 'validation.sources.notStream', params: { url: maskUrl(url) } });
    } else if (problems.length === 0 && slashAfterMediaFile(url)) {
      errors.push({ code: SOURCE_CODE, field: 'SourceUrls', key: 'validation.sources.slashAfterFile', params: { url: maskUrl(url) } });
    } else if (problems.length === 0 && !live && !isFileUrl(url)) {
      errors.push({ code: SOURCE_CODE, field: 'SourceUrls', key: 'validation.sources.fileFormat', params: { url: maskUrl(url) } });
    }
  }
  return errors.concat(validateBackup(request, ctx));
}

function validateBackup(request: RelayRequest, ctx: ValidationContext): RelayError[] {
  if (request.BackupSourceUrl === undefined && request.BackupSourceType === undefined) return [];
  const errors: RelayError[] = [];
  if (request.SourceType !== 'PullLivePushLive') {
    errors.push({ code: 'InvalidParameter', field: 'BackupSourceUrl', key: 'validation.backup.needsLive' });
  }
  if (request.BackupSourceType === undefined || !SOURCE_TYPES.includes(request.BackupSourceType)) {
    errors.push({ code: 'InvalidParameterValue', field: 'BackupSourceType', key: 'validation.backup.type' });
  }
  if (!request.BackupSourceUrl) {
    errors.push({ code: SOURCE_CODE, field: 'BackupSourceUrl', key: 'validation.backup.missingUrl' });
    return errors;
  }
  const problems = checkUrl(request.BackupSourceUrl, {
    field: 'BackupSourceUrl',
    code: SOURCE_CODE,
    schemes: SOURCE_SCHEMES,
    allowPrivateNetworks: ctx.allowPrivateNetworks,
  });
  errors.push(...problems);
  if (problems.length === 0 && namesNoStream(request.BackupSourceUrl)) {
    errors.push({ code: SOURCE_CODE, field: 'BackupSourceUrl', key: 'validation.sources.notStream', params: { url: maskUrl(request.BackupSourceUrl) } });
  } else if (problems.length === 0 && slashAfterMediaFile(request.BackupSourceUrl)) {
    errors.push({ code: SOURCE_CODE, field: 'BackupSourceUrl', key: 'validation.sources.slashAfterFile', params: { url: maskUrl(request.BackupSourceUrl) } });
  } else if (problems.length === 0 && request.BackupSourceType === 'PullVodPushLive' && !isFileUrl(request.BackupSourceUrl)) {
    errors.push({ code: SOURCE_CODE, field: 'BackupSourceUrl', key: 'validation.sources.fileFormat', params: { url: maskUrl(request.BackupSourceUrl) } });
  }
  return errors;
}
