// A preview may sit unconfirmed for a while, so the start time is checked again at create. A start that has
// only just slipped into the past is moved forward (the duration kept) rather than refused: the user said
// "now-ish", and refusing would make them retype the command for a few seconds' difference.
import { CodedError } from '../errors.js';
import { toApiTime, type RelayRequest } from '../relay-request.js';

/** The start must still be ahead of the provider's clock when the request reaches it. */
export const START_LEAD_MS = 5_000;
/** How far a start may have slipped into the past and still be moved rather than refused. */
export const MAX_START_SLIP_MS = 2 * 60_000;

export function recheckStartTime(request: RelayRequest, now: Date): RelayRequest {
  const start = Date.parse(request.StartTime);
  const end = Date.parse(request.EndTime);
  const earliest = now.getTime() + START_LEAD_MS;
  if (start >= earliest) return request;
  if (now.getTime() - start > MAX_START_SLIP_MS) {
    throw new CodedError('InvalidParameter.InvalidTaskTime', 'task.startTimePassed', {
      startTime: request.StartTime,
      now: toApiTime(now),
    });
  }
  // API times have second precision: round the shift up so the new start is never before `earliest`.
  const shift = Math.ceil((earliest - start) / 1000) * 1000;
  return {
    ...request,
    StartTime: toApiTime(new Date(start + shift)),
    EndTime: toApiTime(new Date(end + shift)),
  };
}
