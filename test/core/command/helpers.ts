// Shared context for command-language tests: a fixed "now" (Sunday 2026-03-01 12:00 in Shanghai).
import type { CommandContext } from '../../../src/core/command/index.js';
import { parseRelayChanges, parseRelayCommand } from '../../../src/core/command/index.js';
import type { RelayError } from '../../../src/core/errors.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';

export const NOW = new Date('2026-03-01T04:00:00Z');

/** A file used as the source of the relays below. */
export const SHOW_FILE = 'https://media.example.com/vod/show.mp4';

/** The relay `${SHOW_FILE} to live/evening tomorrow 8pm for 2h` gives at NOW: Monday 20:00–22:00 in Shanghai. */
export const TOMORROW_EVENING: RelayRequest = {
  SourceType: 'PullVodPushLive',
  SourceUrls: [SHOW_FILE],
  DomainName: 'push.example.com',
  AppName: 'live',
  StreamName: 'evening',
  StartTime: '2026-03-02T12:00:00Z',
  EndTime: '2026-03-02T14:00:00Z',
  Operator: 'alice',
};

/** TOMORROW_EVENING moved to another window (UTC instants), for edits of a relay on another day or across a clock change. */
export function relayAt(StartTime: string, EndTime: string): RelayRequest {
  return { ...TOMORROW_EVENING, StartTime, EndTime };
}

export function context(overrides: Partial<CommandContext> = {}): CommandContext {
  return {
    timeZone: 'Asia/Shanghai',
    now: NOW,
    locale: 'en',
    defaultDomain: 'push.example.com',
    operator: 'alice',
    maxSpanDays: 7,
    allowPrivateNetworks: false,
    ...overrides,
  };
}

/** The request a command yields; fails the test (with the errors) when it is rejected. */
export function accepted(text: string, overrides: Partial<CommandContext> = {}) {
  const result = parseRelayCommand(text, context(overrides));
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The errors a command yields; fails the test when it is accepted. */
export function rejected(text: string, overrides: Partial<CommandContext> = {}): RelayError[] {
  const result = parseRelayCommand(text, context(overrides));
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.value.request)}`);
  return result.error;
}

export const keys = (errors: RelayError[]): string[] => errors.map((e) => e.key);

/**
 * What an edit of `relay` yields: the changed fields, or the keys of the errors that refused it. Read in Chinese when the
 * text has Chinese in it, else in English (a context override wins).
 */
export function editOutcome(text: string, relay: RelayRequest = TOMORROW_EVENING, overrides: Partial<CommandContext> = {}) {
  const locale = /[\u4e00-\u9fff]/.test(text) ? 'zh-CN' : 'en';
  const result = parseRelayChanges(text, context({ locale, ...overrides }), relay);
  return result.ok ? result.value : keys(result.error);
}
