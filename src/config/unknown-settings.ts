// RELAYBOT_* names nobody reads. `RELAYBOT_DATADIR=/srv/relay` would otherwise leave the store in ./data without a
// word, and the operator finds out when the relays are "gone". Only our own prefix is checked: SLACK_*,
// DISCORD_* and TENCENTCLOUD_* names are shared with other tools (tccli, the Slack CLI) that may be configured
// in the same environment.
import { nearest } from '../core/edit-distance.js';
import { coreConfigSchema } from './core.js';
import { discordConfigSchema } from './discord.js';
import { ffmpegConfigSchema } from './ffmpeg.js';
import { httpConfigSchema } from './http.js';
import type { Env } from './env.js';
import type { SettingProblem } from './problems.js';
import { slackConfigSchema } from './slack.js';
import { tencentConfigSchema } from './tencent.js';

const PREFIX = 'RELAYBOT_';

/**
 * Read outside the schemas, and kept exported by developers in the shell they also start the bot from: the test
 * harness's log level and the runner bench's relay count.
 */
const READ_ELSEWHERE = ['RELAYBOT_TEST_LOG', 'RELAYBOT_BENCH_RELAYS'];

function knownNames(): string[] {
  const shapes = [coreConfigSchema.shape, discordConfigSchema.shape, ffmpegConfigSchema.shape, httpConfigSchema.shape, slackConfigSchema.in.shape, tencentConfigSchema.shape];
  return [...shapes.flatMap((shape) => Object.keys(shape)), ...READ_ELSEWHERE].filter((name) => name.startsWith(PREFIX));
}

/** The known name closest to a misspelt one, when it is close enough to be what was meant. */
function closest(name: string, known: string[]): string | undefined {
  const upper = name.toUpperCase();
  const best = nearest(upper, known);
  // Close enough to be a slip of the keyboard (RELAYBOT_DATADIR, RELAYBOT_PORTT), not another word (RELAYBOT_FOO).
  const typed = upper.length - PREFIX.length;
  return best && best.distance <= 2 && best.distance * 3 <= typed ? best.word : undefined;
}

export function unknownSettings(env: Env): SettingProblem[] {
  const known = knownNames();
  return Object.entries(env)
    .filter(([name, value]) => value !== undefined && name.toUpperCase().startsWith(PREFIX) && !known.includes(name))
    .map(([name]) => name)
    .sort()
    .map((setting) => {
      const suggestion = closest(setting, known);
      return suggestion ? { setting, key: 'settings.unknown', params: { suggestion } } : { setting, key: 'settings.unknownNoSuggestion' };
    });
}
