// "推流到 live/20点 持续2小时": a stream path (or push URL) whose last digits run straight into 点 / 时 / 号 / 日 / 分 had
// been the stream 'live/20', the 点 dropped and the relay started now, silently. It is refused by name, saying to put
// a space between the stream and the time, in the user's language, with a push URL's stream key masked.
import { describe, expect, it } from 'vitest';
import { parseRelayCommand } from '../../../src/core/command/index.js';
import { describeErrorFor } from '../../../src/core/error-text.js';
import { context, SHOW_FILE } from './helpers.js';

function refusal(command: string, locale: 'en' | 'zh-CN' = 'zh-CN') {
  const parsed = parseRelayCommand(command, context({ locale }));
  if (parsed.ok) throw new Error(`accepted: ${command} as ${JSON.stringify(parsed.value.request)}`);
  return { keys: parsed.error.map((error) => error.key), text: parsed.error.map((error) => describeErrorFor({ locale, timeZone: 'Asia/Shanghai' }, error)).join(' / ') };
}

function window(command: string) {
  const parsed = parseRelayCommand(command, context({ locale: 'zh-CN' }));
  if (!parsed.ok) throw new Error(`refused: ${command}: ${parsed.error.map((error) => error.key).join(',')}`);
  const { StreamName, ToUrl, StartTime, EndTime } = parsed.value.request;
  return { stream: ToUrl ?? StreamName, StartTime, EndTime };
}

describe('a stream path run into a time', () => {
  it.each([
    [`${SHOW_FILE} 推流到 live/20点 持续2小时`, 'live/20点'],
    [`${SHOW_FILE} 转推到 live/8点 明晚8点到10点`, 'live/8点'],
    [`${SHOW_FILE} 推到 live/3号 晚上8点 持续2小时`, 'live/3号'],
    [`${SHOW_FILE} 推流到live/evening20点到22点`, 'live/evening20点到22点'],
    [`${SHOW_FILE} 推流到 live/show21时 持续1小时`, 'live/show21时'],
    [`${SHOW_FILE} live/20点 持续2小时`, 'live/20点'],
    [`${SHOW_FILE} 推流到 live/8点档 持续2小时`, 'live/8点档'],
  ])('%s is refused, quoting %s', (command, quoted) => {
    const { keys, text } = refusal(command);
    expect(keys).toEqual(['parse.pathGluedToTime']);
    expect(text).toContain(`“${quoted}”`);
    expect(text).toContain('加空格');
  });

  it('refuses a push URL run into a time, its stream key masked, in English too', () => {
    const { keys, text } = refusal(`${SHOW_FILE} 推流到 rtmp://push.example.com/live/Kx9fT2secret7点 持续2小时`);
    expect(keys).toEqual(['parse.pathGluedToTime']);
    expect(text).not.toContain('Kx9fT2secret');
    expect(refusal(`${SHOW_FILE} 推流到 rtmp://push.example.com/live/20点 持续2小时`).keys).toEqual(['parse.pathGluedToTime']);
    expect(refusal(`${SHOW_FILE} to live/20点 tomorrow 8pm for 2h`, 'en').text).toContain('Put a space between the stream and the time');
  });

  it('leaves a stream followed by a space, a comma or other Chinese words as it was', () => {
    const tomorrowEvening = { StartTime: '2026-03-02T12:00:00Z', EndTime: '2026-03-02T14:00:00Z' };
    expect(window(`${SHOW_FILE} 推流到 live/20 明晚8点到10点`)).toEqual({ stream: '20', ...tomorrowEvening });
    expect(window(`${SHOW_FILE} 推流到 live/2024 明晚8点 持续2小时`)).toEqual({ stream: '2024', ...tomorrowEvening });
    expect(window(`${SHOW_FILE} 推流到live/evening明晚8点到10点`)).toEqual({ stream: 'evening', ...tomorrowEvening });
    expect(window(`${SHOW_FILE} 推流到 live/x2，明晚8点到10点`)).toEqual({ stream: 'x2', ...tomorrowEvening });
    expect(window(`${SHOW_FILE} 推流到 rtmp://push.example.com/live/x2 明晚8点到10点`)).toEqual({ stream: 'rtmp://push.example.com/live/x2', ...tomorrowEvening });
    expect(window(`https://media.example.com/vod/show-8点.mp4 推流到 live/x 明晚8点到10点`)).toEqual({ stream: 'x', ...tomorrowEvening });
    expect(refusal(`${SHOW_FILE} 明晚8点 持续2小时`).keys).toEqual(['parse.noDestination']);
  });
});
