// Every provider error becomes a localised message (namespace `provider` in locales/*.json) that says what
// the user can do; the provider's code and RequestId ride along as params so that support can find it.
import type { BackendError } from '../backend.js';
import { CodedError } from '../errors.js';
import { NETWORK_ERROR, TIMEOUT_ERROR } from './codes.js';

/** Provider code → locale key (without the `provider.` prefix). Covers the API page and lifecycle-api.md. */
export const PROVIDER_ERROR_KEYS: Readonly<Record<string, string>> = {
  'AuthFailure.SignatureFailure': 'signatureFailure',
  'AuthFailure.SecretIdNotFound': 'secretIdNotFound',
  'AuthFailure.InvalidSecretId': 'secretIdNotFound',
  'AuthFailure.SignatureExpire': 'signatureExpire',
  'AuthFailure.TokenFailure': 'tokenFailure',
  'AuthFailure.UnauthorizedOperation': 'unauthorized',
  UnauthorizedOperation: 'unauthorized',
  'AuthFailure.InvalidAuthorization': 'authFailure',
  'AuthFailure.MFAFailure': 'authFailure',
  RequestLimitExceeded: 'rateLimited',
  InternalError: 'internalError',
  FailedOperation: 'failedOperation',
  'FailedOperation.CallOtherSvrFailed': 'callOtherSvrFailed',
  InvalidParameter: 'invalidParameter',
  'InvalidParameter.InvalidCallbackUrl': 'invalidCallbackUrl',
  'InvalidParameter.InvalidSourceUrl': 'invalidSourceUrl',
  'InvalidParameter.InvalidTaskTime': 'invalidTaskTime',
  'InvalidParameter.InvalidToUrl': 'invalidToUrl',
  'InvalidParameter.InvalidWatermark': 'invalidWatermark',
  'InvalidParameter.TaskNotExist': 'taskNotFound',
  'ResourceNotFound.TaskId': 'taskNotFound',
  'InvalidParameter.TaskNumMoreThanLimit': 'taskLimit',
  'InvalidParameter.ToUrlNoPermission': 'toUrlNoPermission',
  InvalidParameterValue: 'invalidParameterValue',
  MissingParameter: 'missingParameter',
  'ResourceNotFound.ForbidService': 'serviceForbidden',
  'ResourceNotFound.FreezeService': 'serviceFrozen',
  'ResourceNotFound.StopService': 'serviceStopped',
  'ResourceNotFound.UserDisableService': 'serviceDisabled',
  'ResourceNotFound.UserNotExist': 'serviceNotActivated',
  UnsupportedRegion: 'unsupportedRegion',
  InvalidAction: 'apiMismatch',
  NoSuchVersion: 'apiMismatch',
  [NETWORK_ERROR]: 'network',
  [TIMEOUT_ERROR]: 'timeout',
};

/** Families whose unlisted members still share a meaning (a new AuthFailure.* is still about the keys). */
const FAMILY_KEYS: readonly [prefix: string, key: string][] = [
  ['AuthFailure.', 'authFailure'],
  ['ResourceNotFound.', 'resourceNotFound'],
  ['InvalidParameter.', 'invalidParameter'],
  ['InvalidParameterValue.', 'invalidParameterValue'],
  ['FailedOperation.', 'failedOperation'],
  ['InternalError.', 'internalError'],
];

/** Shown where a failure has no RequestId (we never got an answer). */
export const NO_REQUEST_ID = '-';

export function providerErrorKey(code: string): string {
  const exact = PROVIDER_ERROR_KEYS[code];
  if (exact) return `provider.${exact}`;
  const family = FAMILY_KEYS.find(([prefix]) => code.startsWith(prefix));
  return `provider.${family ? family[1] : 'unknown'}`;
}

export function providerErrorToCoded(error: BackendError): CodedError {
  // A backend that already knows the precise reason (the local runner: "that host is on a private network",
  // "this ffmpeg has no SRT") says so in its cause; that message beats the generic one for the code.
  if (error.cause instanceof CodedError) return error.cause;
  return new CodedError(
    error.code,
    providerErrorKey(error.code),
    { code: error.code, requestId: error.requestId || NO_REQUEST_ID },
    { cause: error },
  );
}

/**
 * The warning to give before a create when the account is already at its task limit (quota() from any
 * backend): the same code the provider would answer with, and a message saying how to make room.
 */
export function quotaReachedError(quota: { count: number; limit: number }): CodedError | null {
  if (quota.count < quota.limit) return null;
  return new CodedError('InvalidParameter.TaskNumMoreThanLimit', 'provider.quotaReached', { count: quota.count, limit: quota.limit });
}
