// The provider's error codes, shared by both runners (the ffmpeg runner answers with the same codes) and the
// task service: the live API's own codes (API page +
// lifecycle-api.md), the common API 3.0 codes, and the two we give transport failures (no answer at all).

/** No usable answer: connection refused/reset, DNS failure, an HTTP status other than 200. */
export const NETWORK_ERROR = 'NetworkError';
/** The SDK's reqTimeout passed without an answer. */
export const TIMEOUT_ERROR = 'Timeout';

/** Failures worth another try: the provider says so, or we never heard back. Nothing else is retried. */
export const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'InternalError',
  'FailedOperation.CallOtherSvrFailed',
  'RequestLimitExceeded',
  NETWORK_ERROR,
  TIMEOUT_ERROR,
]);

/** Failures after which we cannot know whether the provider acted (the request may have landed). */
export const UNCERTAIN_OUTCOME_CODES: ReadonlySet<string> = new Set([NETWORK_ERROR, TIMEOUT_ERROR]);

/** Unknown-task answers: describe/status return null for these instead of throwing. */
export const TASK_NOT_FOUND_CODES: ReadonlySet<string> = new Set(['ResourceNotFound.TaskId', 'InvalidParameter.TaskNotExist']);

/**
 * Answers a repeated create (same SpecifyTaskId) may come back with. The SDK documents SpecifyTaskId as the
 * guard against duplicate tasks without naming the error, so after any of these we look the task up.
 */
export const DUPLICATE_SUSPECT_CODES: ReadonlySet<string> = new Set([
  'InvalidParameter',
  'InvalidParameterValue',
  'InvalidParameter.OtherError',
  'FailedOperation',
  'ResourceInUse',
]);
