// validateRelayRequest: every rule of the CreateLivePullStreamTask page, all errors at once (not the first
// only), each with the page's error code, the API field and a locale key that says what to change.
import type { RelayError } from '../errors.js';
import type { RelayRequest } from '../relay-request.js';
import type { ValidationContext } from './context.js';
import { validateDestination } from './destination.js';
import { validateFileOptions, validateFreeFields, validateLinks } from './options.js';
import { validateSources } from './sources.js';
import { validateTimes } from './times.js';

export type { ValidationContext } from './context.js';

export interface ValidationOptions {
  /** Leave out rule groups whose fields the caller could not fill (they were reported already). */
  skip?: { sources?: boolean; destination?: boolean; times?: boolean };
  /** For edits of a running task: its unchanged start lies in the past. */
  startMayBePast?: boolean;
}

export function validateRelayRequest(request: RelayRequest, ctx: ValidationContext, options: ValidationOptions = {}): RelayError[] {
  const skip = options.skip ?? {};
  return [
    ...(skip.sources ? [] : validateSources(request, ctx)),
    ...(skip.destination ? [] : validateDestination(request, ctx)),
    ...(skip.times ? [] : validateTimes(request, ctx, { startMayBePast: options.startMayBePast })),
    ...validateFileOptions(request),
    ...validateFreeFields(request),
    ...validateLinks(request, ctx),
  ];
}
