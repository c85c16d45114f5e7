// `--tz ZONE` on the lifecycle commands: the zone times are read in (create) or shown in (list, show, ...).
import { isTimeZone } from '../../core/time-zone.js';
import { CliFailure, EXIT } from './lifecycle-run.js';

/** The zone given with --tz, checked; undefined when none was given. A zone that is not one is a usage error. */
export function zoneFlag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!isTimeZone(value)) {
    throw new CliFailure([{ code: 'InvalidParameter.TimeZone', key: 'cli.lifecycle.badTimeZone', params: { zone: value } }], EXIT.usage);
  }
  return value;
}
