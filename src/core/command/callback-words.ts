// Callback wishes the API cannot take from a chat command. The CallbackUrl is the bot's own (its events come back to
// the chat), so "callback https://hooks.example.com/…", 回调地址 <url> is refused by name: the URL had been taken as a
// second source ("not an FLV, MP4 or HLS file"). And callbacks cannot be switched off — a task without CallbackEvents
// reports every event — so "no callbacks", "events: none", 不要回调 is refused with how to name the events wanted;
// it had been words not understood, or "none" an unknown event.
import type { Extractor } from './extractors.js';
import { URL_REF } from './scan.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';


export const CALLBACK_URL: Extractor = {
  option: 'callback url',
  pattern: new RegExp(
    `(?:${B}(?:(?:with|and)\\s+)?(?:a\\s+|the\\s+)?(?:callback|webhook|notify|notification)(?:[\\s_-]*(?:url|address|endpoint))?\\s*[:=]?\\s*(?:to\\s+)?` +
      `|(?:回调|通知)(?:地址|链接|URL|url)?\\s*[:：=]?\\s*(?:到|发到|发送到)?\\s*)${URL_REF}`,
    'giu',
  ),
  apply(_groups, draft) {
    draft.errors.push({ code: 'InvalidParameter.InvalidCallbackUrl', field: 'CallbackUrl', key: 'parse.callbackUrlIsOurs' });
    return true;
  },
};

export const NO_CALLBACKS: Extractor = {
  option: 'events',
  pattern: new RegExp(
    `(?:${B}(?:no|without(?:\\s+any)?)\\s+(?:callbacks?|webhooks?|notifications?|events?)${E}` +
      `|${B}(?:don['’]?t|do\\s+not)\\s+(?:notify|call\\s*back|alert)(?:\\s+(?:me|us))?${E}` +
      `|${B}(?:events?|callbacks?|callback\\s+events)\\s*[:=]\\s*(?:none|off|no)${E}` +
      `|(?:不要|不用|不需要|无需|关闭|不)(?:回调|通知)(?:事件)?)`,
    'giu',
  ),
  apply(_groups, draft) {
    draft.errors.push({ code: 'InvalidParameterValue', field: 'CallbackEvents', key: 'parse.callbacksCannotBeOff' });
    return true;
  },
};
