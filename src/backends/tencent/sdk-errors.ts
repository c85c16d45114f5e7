// The SDK throws one exception type for everything: an API error (with `code` and `requestId`), an HTTP
// status other than 200 (`httpCode`), or a transport failure (only a node-fetch message). This turns each
// into a BackendError with a code we can act on. Messages hold the endpoint URL at most, never a secret.
import { BackendError } from '../../core/backend.js';
import { NETWORK_ERROR, TIMEOUT_ERROR, TRANSIENT_CODES } from '../../core/provider-errors/codes.js';

interface SdkException {
  message?: string;
  code?: string;
  requestId?: string;
  httpCode?: number;
}

export function toBackendError(error: unknown): BackendError {
  if (error instanceof BackendError) return error;
  const sdk = (error ?? {}) as SdkException;
  const message = typeof sdk.message === 'string' ? sdk.message : String(error);
  let code = sdk.code;
  if (!code) code = /network timeout|timed? ?out|aborted/i.test(message) ? TIMEOUT_ERROR : NETWORK_ERROR;
  const requestId = sdk.requestId || undefined;
  return new BackendError(code, message, requestId, TRANSIENT_CODES.has(code), { cause: error });
}
