// `--tz ZONE` on the lifecycle commands: the zone times are read in (create) or shown in (list, show, ...).
import { fixedOffsetName } from '../../core/fixed-offset-zone.js';
import { isTimeZone } from '../../core/time-zone.js';
import { CliFailure, EXIT } from './lifecycle-run.js';

/** The zone given with --tz, checked; undefined when none was given. A zone that is not one is a usage error. */
export function zoneFlag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!isTimeZone(value)) {
    throw new CliFailure([{ code: 'InvalidParameter.TimeZone', key: 'cli.lifecycle.badTimeZone', params: { zone: value } }], EXIT.usage);
  }
  // "EST" is America/Panama to the runtime (no summer time): refused as the chat's `tz EST` is, naming the zones.
  const fixed = fixedOffsetName(value);
  if (fixed) throw new CliFailure([{ code: 'InvalidParameter.TimeZone', key: 'cli.fixedOffsetZone', params: { value, ...fixed } }], EXIT.usage);
  return value;
}
