// The runner's events are the provider's own callback bodies (shared/spec/relay-callbacks.md), field for field,
// so that everything downstream treats both runners alike. Pure.
import type { BackendCreateRequest } from '../../core/backend.js';
import { maskUrl } from '../../core/redact.js';
import type { CallbackEvent } from '../../core/relay-request.js';
import type { RelayCallbackBody, RelayEventDetail } from '../../core/relay-event.js';
import { destinationUrl } from './endpoint.js';

export function callbackBody(
  request: BackendCreateRequest,
  event: CallbackEvent,
  detail: RelayEventDetail,
  now: Date,
): RelayCallbackBody {
  const toUrl = destinationUrl(request);
  return {
    callback_event: event,
    event_type: 314,
    interface: 'general_callback',
    product_name: 'pullpush',
    source_urls: JSON.stringify(request.SourceUrls),
    // The push URL's stream key is a secret: events are stored and shown, so it is masked at the source.
    to_url: maskUrl(toUrl),
    stream_id: request.StreamName || streamNameOf(toUrl),
    task_id: request.SpecifyTaskId,
    event_time: String(Math.floor(now.getTime() / 1000)),
    msg: JSON.stringify(detail),
  };
}

/** Whether the task asked for this event (no CallbackEvents means all of them). */
export function wantsEvent(request: BackendCreateRequest, event: CallbackEvent): boolean {
  return !request.CallbackEvents || request.CallbackEvents.length === 0 || request.CallbackEvents.includes(event);
}

function streamNameOf(url: string): string {
  try {
    const segments = new URL(maskUrl(url)).pathname.split('/').filter(Boolean);
    return segments[segments.length - 1] ?? '';
  } catch {
    return '';
  }
}
