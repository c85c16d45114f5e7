import { isKnownCity } from './place-zones.js';

// What remains of the text after every stage took its part. Linking words ("at", "from", "到", "开始") are
// expected around time expressions and are not reported; anything else is, so that the caller can say
// "I did not understand: ..." instead of silently dropping it.

const LINKING_WORDS = new Set([
  'at', 'on', 'from', 'starting', 'start', 'starts', 'beginning', 'begin', 'the', 'of', 'in', 'and', 'to',
  'until', 'till', 'til', 'through', 'thru', 'between', 'for', 'this', 'about', 'around', 'approximately',
  'then', 'go', 'goes', 'going', 'onwards', 'onward', 'sharp', 'o\'clock', 'oclock', 'by', 'it', 'run', 'relay', 'play', 'playing', 'later', 'today', 'is', 'within',
  // The end said with its own verb ("start 8pm, end 10pm"): the second time is the end whatever the word.
  'end', 'ends', 'ending', 'stop', 'stops', 'stopping', 'finish', 'finishes', 'finishing', 'begins', 'approx',
  // Courtesy words typed around the time.
  'please', 'pls', 'plz', 'thanks', 'thx', 'could', 'can', 'would', 'you', 'schedule', 'set', 'book', 'should', 'will',
  // Labels typed before the parts ("start: 8pm, end: 10pm", "time: tomorrow 8pm", "when: ...").
  'time', 'when', 'length', 'duration', 'overnight', 'max', 'done', 'early',
  // "go live at 8pm" (the command's kind rule leaves "live" after "go": it is when, not what kind of source).
  'live',
  // What is being scheduled, named around its length ("a 2-hour slot", "90 minute stream", "90 min block").
  'slot', 'stream', 'session', 'broadcast', 'long', 'a', 'block',
]);
// "kick off at 9pm", "2 hours or so" as wholes: neither word alone is a linking word.
const KICK_OFF = /\bkick(?:s|ing)?\s+off\b|\bor\s+so\b/g;
// Greetings and thanks typed around a command in chat ("hi, <url> to live/x …", "… for 2h, thank you so much"): they
// say nothing of the relay, and the command had been refused for "thank", "hi" or "lot". As wholes, so that "many",
// "much" or "advance" elsewhere are still reported.
const COURTESY =
  /\b(?:thank\s+(?:you|u)(?:\s+(?:so|very)\s+much)?|thanks\s+(?:a\s+lot|so\s+much|in\s+advance|again)|many\s+thanks|cheers|ty|hi|hey|hello|kindly)\b/gi;
// Characters, not words (Chinese has no spaces to split on): what is left of 开始, 左右, 持续, 时间 (after a zone), 就开始,
// 推 / 播 (relay, play), 共 (in all), 直 (of 直到), 止 (起…止), 再 / 等 (再过10分钟, 等10分钟后), 按 / 以…为准
// (按北京时间), 定在 / 安排在 once the time expressions around them are taken.
// Taken from the ends of what is left only: inside a word they are the user's own ("什么时候" is quoted whole, not
// as "什么候").
const ZH_LINKING_CHARS = '从在于自起止到至再等按以为准开始的点左右大约大概约持续时长就推播共直间定安排,，。、~\\-–—\\s';
const ZH_LINKING = new RegExp(`^[${ZH_LINKING_CHARS}]+|[${ZH_LINKING_CHARS}]+$`, 'g');
const WORD = /[^\s,;.!?，。；！？]+/g;
const PUNCTUATION_ONLY = /^[-–—~/:,.;()[\]{}'"!?]+$/;
// A label's colon ("start:", "end:") or brackets around a word ("[UTC]" once the zone is taken) are not words.
const EDGE_PUNCTUATION = /^[[({'"]+|[:\])}'"]+$/g;

// ...except from a city's name, which is quoted whole: 纽约 ends in 约 (about), and 持续2小时 纽约 was refused as "纽" not
// understood, where 持续2小时 东京 names the city and both ways to say it (stray-city.ts).
// 在纽约 too: a city after a linking character is the city ("纽" had been quoted).
const ZH_LEADING_LINKING = new RegExp(`^[${ZH_LINKING_CHARS}]+`);
function chineseWordLeft(word: string): string {
  if (isKnownCity(word)) return word;
  const afterLinking = word.replace(ZH_LEADING_LINKING, '');
  return isKnownCity(afterLinking) ? afterLinking : word.replace(ZH_LINKING, '');
}

export function leftoverWords(text: string): string[] {
  const words = text.replace(KICK_OFF, ' ').replace(COURTESY, ' ').match(WORD) ?? [];
  return words
    .map((word) => (/[\u4e00-\u9fff]/.test(word) ? chineseWordLeft(word) : word.replace(EDGE_PUNCTUATION, '') || word))
    .filter((word) => word !== '' && !LINKING_WORDS.has(word) && !PUNCTUATION_ONLY.test(word));
}
