// A setting that stops start-up, told in the reader's language. Problems are recorded as message keys, not text,
// because they are found before anyone's language is known and are printed by whoever catches them (`relaybot
// start` on stderr, a lifecycle command on stderr or in its --json). Values are never part of a problem: a
// malformed value may be a secret pasted into the wrong setting.
import { hasMessage, t, type Locale } from '../core/i18n.js';
import { REGIONS } from '../core/relay-request.js';

export interface SettingProblem {
  setting: string;
  /** `settings.invalid` (the value is malformed: the setting's `settings.expected.*` says what to write), or a rule's key. */
  key: string;
  params?: Record<string, string>;
}

/** Placeholders the `settings.expected.*` texts may use. */
const EXPECTED_PARAMS = { regions: REGIONS.join(', ') };

/** The text after "SETTING: " in the reader's language: what is wrong and what to change. */
export function describeSettingProblem(locale: Locale, problem: SettingProblem): string {
  if (problem.key !== 'settings.invalid') return t(locale, problem.key, { setting: problem.setting, ...problem.params });
  const expectedKey = `settings.expected.${problem.setting}`;
  // Every documented setting has its own text; a new one without it still gets a message that says where to look.
  if (!hasMessage('en', expectedKey)) return t(locale, 'settings.invalidGeneric');
  return t(locale, 'settings.invalid', { expected: t(locale, expectedKey, EXPECTED_PARAMS) });
}

/** A zod custom issue carrying a message key instead of text (read back by parseSettings). */
export function ruleIssue(setting: string, key: string, params: Record<string, string> = {}) {
  return { code: 'custom' as const, path: [setting], message: key, params: { key, params } };
}
