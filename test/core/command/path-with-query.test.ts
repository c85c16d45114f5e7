// "to live/x?txSecret=…": a stream path with a query is no destination (only a whole push URL may carry one). The
// refusal names the path and what to write, in the user's language, and never the query's secret.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { context, SHOW_FILE } from './helpers.js';

function refusal(command: string, locale: 'en' | 'zh-CN' = 'en') {
  const parsed = parseRelayCommand(command, context({ locale }));
  if (parsed.ok) throw new Error(`accepted: ${command}`);
  return { keys: parsed.error.map((error) => error.key), text: parsed.error.map((error) => describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, error)).join(' / ') };
}

describe('a stream path with a query', () => {
  it.each([
    [`${SHOW_FILE} to live/x?txSecret=abc123def&txTime=6A1B2C3D tomorrow 8pm for 2h`, 'en'],
    [`${SHOW_FILE} to live/evening?txSecret=abc123def tomorrow 8pm for 2h`, 'en'],
    [`${SHOW_FILE} 转推到 live/x?txSecret=abc123def&txTime=6A1B2C3D 明晚8点 持续2小时`, 'zh-CN'],
  ] as const)('%s is refused naming the path and not the secret', (command, locale) => {
    const { keys, text } = refusal(command, locale);
    // The query's words stay quoted as not understood, masked (parse-command.test.ts).
    expect(keys).toContain('parse.pathWithQuery');
    expect(keys).not.toContain('parse.noDestination');
    expect(text).toMatch(/live\/(?:x|evening)\?…/);
    expect(text).not.toMatch(/abc123def|6A1B2C3D/i);
  });

  it('leaves other refusals and a whole push URL with its query as they were', () => {
    expect(refusal(`${SHOW_FILE} tomorrow 8pm for 2h`).keys).toEqual(['parse.noDestination']);
    const whole = parseRelayCommand(`${SHOW_FILE} to rtmp://push.example.com/live/x?txSecret=abc123def tomorrow 8pm for 2h`, context());
    expect(whole.ok && whole.value.request.ToUrl).toBe('rtmp://push.example.com/live/x?txSecret=abc123def');
    const bareMark = parseRelayCommand(`${SHOW_FILE} to live/x? tomorrow 8pm for 2h`, context());
    expect(bareMark.ok && bareMark.value.request.StreamName).toBe('x');
  });
});
