// Where the stream goes: either DomainName/AppName/StreamName (a CSS push domain), or a full ToUrl with the
// three names sent as empty strings, as the API page requires.
import type { RelayError } from '../errors.js';
import { checkHost } from '../address-policy.js';
import type { RelayRequest } from '../relay-request.js';
import { maskText, maskUrl } from '../redact.js';
import { checkUrl, PUSH_SCHEMES } from './urls.js';
import type { ValidationContext } from './context.js';

const DOMAIN = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** CSS app and stream names: letters, digits, "_", "-", "."; not starting with a dot. */
const NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$/;
export const MAX_NAME_LENGTH = 128;

export function validateDestination(request: RelayRequest, ctx: ValidationContext): RelayError[] {
  if (request.ToUrl !== undefined) {
    const errors = checkUrl(request.ToUrl, {
      field: 'ToUrl',
      code: 'InvalidParameter.InvalidToUrl',
      schemes: PUSH_SCHEMES,
      allowPrivateNetworks: ctx.allowPrivateNetworks,
      secretPath: true,
    });
    if (errors.length === 0 && endsWithSlash(request.ToUrl)) {
      errors.push({ code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'validation.destination.trailingSlash', params: { url: maskUrl(request.ToUrl, { maskLastSegment: true }) } });
    } else if (errors.length === 0 && serverWithoutStream(request.ToUrl)) {
      errors.push({ code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'validation.destination.noStream', params: { url: maskUrl(request.ToUrl, { maskLastSegment: true }) } });
    }
    if (request.DomainName !== '' || request.AppName !== '' || request.StreamName !== '') {
      errors.push({ code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'validation.destination.toUrlWithNames' });
    }
    return errors;
  }
  const errors: RelayError[] = [];
  const domain = request.DomainName ?? '';
  if (!DOMAIN.test(domain)) {
    errors.push({ code: 'InvalidParameterValue', field: 'DomainName', key: 'validation.destination.domain', params: { value: domain } });
  } else if (checkHost(domain, { allowPrivateNetworks: ctx.allowPrivateNetworks }) !== 'ok') {
    errors.push({ code: 'InvalidParameterValue', field: 'DomainName', key: 'validation.destination.domainInternal', params: { value: domain } });
  }
  for (const field of ['AppName', 'StreamName'] as const) {
    const value = request[field] ?? '';
    if (!NAME.test(value)) {
      // The stream name is the push key: quoted back masked, as the preview shows it.
      const shown = field === 'StreamName' ? maskText(value) : value;
      errors.push({ code: 'InvalidParameterValue', field, key: 'validation.destination.name', params: { value: shown, max: MAX_NAME_LENGTH } });
    }
  }
  return errors;
}

/**
 * "rtmp://a.rtmp.youtube.com/live2", "rtmp://push.example.com", "rtmp://push.example.com/": an RTMP server with at most its app and no stream
 * after it (nor a query that names one). Pasted without its stream key, it had been accepted, and the provider would
 * have pushed to no stream at all.
 */
function serverWithoutStream(raw: string): boolean {
  try {
    const url = new URL(raw);
    const segments = url.pathname.split('/').filter(Boolean);
    // "rtmp://push.example.com/" too: a slash alone names no app either (it had been accepted).
    const bare = segments.length === 0 || (segments.length === 1 && !url.pathname.endsWith('/'));
    return /^rtmps?:$/i.test(url.protocol) && url.search === '' && bare;
  } catch {
    return false;
  }
}

/**
 * "rtmp://push.example.com/live/KEY/": the stream is the last part of an RTMP or RTSP push URL's path, and after a
 * slash that part is empty — the provider would push to another stream than the key (which the preview masks, so
 * the slash could not be seen there). Refused rather than trimmed: the URL is the partner's, and not ours to edit.
 */
function endsWithSlash(raw: string): boolean {
  try {
    const url = new URL(raw);
    // With a query after the slash the query names the stream, as some sites hand out their push addresses
    // ("rtmp://live-push.bilivideo.com/live-bvc/?streamname=live_…&key=…"): that is no missing key.
    return /^(?:rtmps?|rtsp):$/i.test(url.protocol) && url.pathname.length > 1 && url.pathname.endsWith('/') && url.search === '';
  } catch {
    return false;
  }
}
