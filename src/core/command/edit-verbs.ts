// The verbs of an edit that only say "change": "change the comment to …", "set loops to 5", "replace the source with
// <url>", "use <url> instead", 循环改成5次, 备注改为“重播”, 源换成 <url>, 换成 <url>, 把结束时间改成11点. The option stages read
// an option's word next to its value ("comment …", 循环5次, 备用源 <url>); with the verb between them the edit was refused
// as a time nobody gave. Here, on the scanned text (URLs and quotes are placeholders, so nothing inside them is
// touched), the verb between a field and its value is taken out, and a verb before new source URLs goes with its
// field word: what is left is the option as a whole command says it.
import { isMediaFileUrl, MEDIA_FILE_EXTENSIONS } from '../validation/urls.js';
import type { Scanned } from './scan.js';
import { ZH_POSITION } from './playlist-edits.js';
import { WORD_START as B, WORD_END as E } from './word-edges.js';

const URL_AHEAD = '(?=\\uE000U(\\d+)\\uE001)';
const QUOTE_OR_WORD_AHEAD = '(?=\\S)';

/** Fields whose option word stays, the verb between it and the value gone: "set loops to 5" is "loops 5". */
const EN_FIELD =
  'comment|note|remark|loop\\s+count|loops?|looping|backup(?:\\s+(?:source|url|stream))?|fallback|callback\\s+events|events|callbacks?|refresh(?:\\s+type)?|destination|dest|target|push\\s+url';
const EN_CHANGE = `${B}(?:change|set|update|switch|make|modify)\\s+(?:the\\s+)?(${EN_FIELD})\\s+(?:to|=|as|into)\\s+${QUOTE_OR_WORD_AHEAD}`;
const ZH_FIELD = '循环次数|循环|重复次数|备注|目标地址|目标|推流地址|目的地|备用源|备用流|备源|备用地址|回调事件|回调';
const ZH_VERB = '改成|改为|换成|换为|改到|设为|设成|设置为|调成|调整为|更改为|修改为|变成|更新为|替换为|替换成';
const ZH_CHANGE = `(${ZH_FIELD})\\s*(?:${ZH_VERB})\\s*[:：]?\\s*`;

/** New source URLs after a verb (and a field word): the URLs alone are the new sources. */
const EN_SOURCE_FIELD = '(?:the\\s+)?(?:sources?|source\\s+urls?|files?|videos?|inputs?|urls?|playlist|streams?|feeds?)';
const EN_NEW_SOURCES = [
  `${B}(?:change|set|update|switch|swap|replace)\\s+${EN_SOURCE_FIELD}\\s+(?:to|with|for|=)\\s+`,
  `${B}replace\\s+(?:it\\s+)?with\\s+`,
  `${B}new\\s+${EN_SOURCE_FIELD}\\s*:?\\s*`,
  // Not "use <url> as backup", which the backup stage reads.
  // Not "use <url> instead of <old>", which replaces one file (playlist-edits.ts).
  `${B}use\\s+(?!\\uE000U\\d+\\uE001\\s+(?:as${E}|instead\\s+of${E}|in\\s+place\\s+of${E}|rather\\s+than${E}))`,
].join('|');
/** "switch to <url>", "swap to <url>": a new source when the URL is a file (a push URL after "to" is the destination). */
const EN_SWITCH_TO = `${B}(?:switch|swap|change)(?:\\s+(?:it|over))?\\s+to\\s+`;
const ZH_SOURCE_FIELD = '源地址|视频源|片源|播放源|拉流地址|源|文件|视频|素材';
const ZH_NEW_SOURCES = `(?:(?:${ZH_SOURCE_FIELD})\\s*(?:${ZH_VERB}|更换为)|换成|换为|改成|改为|替换成|替换为|更换为|改用|切换到|切换成|切到|换到|换源(?:为|成)?)\\s*[:：]?\\s*`;

const CHANGE = new RegExp(`${EN_CHANGE}|${ZH_CHANGE}`, 'giu');
/**
 * The field first, its verb already taken by the chat ("change r7kq2m loops to 5" reaches here as "loops to 5"): "the
 * end to 11pm", "start time to 9pm", "loops to 5". Read as they were, "loops to 5" looped forever and ended the relay at
 * 5 am, and "the end to 11pm" started it now and ended it tonight.
 */
const LEADING_FIELD = new RegExp(
  `^\\s*(?:the\\s+)?(?:(end|start)(?:\\s+time)?|(${EN_FIELD}|length|duration))\\s+(?:to|=|as|into)\\s+${QUOTE_OR_WORD_AHEAD}`,
  'iu',
);
const LEADING_SOURCES = new RegExp(`^\\s*${EN_SOURCE_FIELD}\\s+(?:to|with|=)\\s+${URL_AHEAD}`, 'iu');
/**
 * After "if it drops," / 断流时 the URL is the backup ("if it drops, switch to <url>", 断流时切到 <url>), which the backup
 * stage reads: taken as new sources, they had replaced a live relay's source with its slate.
 */
const NOT_WHEN_DROPS =
  '(?<!(?:drops|fails|dies|stops|down|offline|out)\\s*,?\\s*(?:then\\s+)?)(?<!(?:断流|断开|断了|中断|挂了|掉线|出问题)了?(?:时|的时候|的话|后)?\\s*[，,]?\\s*(?:就|则)?\\s*(?:自动)?切?)';
/**
 * Right after a URL, a file name or a place in the list the verb replaces that one file ("把 <url> 换成 <url>", "b.mp4
 * 换成 <url>", 第二个视频换成 <url>, with a comma before the verb or not), which the playlist stage reads: taken as new
 * sources, both URLs had become the whole list.
 */
const NOT_AFTER_OLD_FILE = `(?<!(?:\\uE001|\\.(?:${MEDIA_FILE_EXTENSIONS.join('|')})|${ZH_POSITION})\\s*[,，、]?\\s*[替更]?)`;
const NEW_SOURCES = new RegExp(`${NOT_WHEN_DROPS}${NOT_AFTER_OLD_FILE}(?:${EN_NEW_SOURCES}|${ZH_NEW_SOURCES})${URL_AHEAD}`, 'giu');
const SWITCH_TO = new RegExp(`${NOT_WHEN_DROPS}${EN_SWITCH_TO}${URL_AHEAD}`, 'giu');
/** 把 / 将 opening the edit ("把结束时间改成11点"): the sentence's object marker, no word of its own. */
const OBJECT_MARKER = /^\s*(?:把|将)\s*/;
/**
 * A request's politeness opening the edit ("please …", "can you …", "could you please …", 请 / 麻烦 / 帮我 / 麻烦帮我 …):
 * it asks, and changes nothing. Left in, "can you extend it by 30 minutes" and 帮我延长半小时 were refused as words not
 * understood.
 */
const POLITE_LEAD = /^\s*(?:(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|pls\s+|plz\s+|kindly\s+)+|(?:请|麻烦(?:你|您)?|帮(?:我|忙)|劳驾)+(?=\S))\s*/iu;
/** The question mark such a request ends with. */
const POLITE_END = /(?<=^\s*(?:can|could|would|will)\s+you\b.*?)\s*[?？]\s*$/iu;
/** "new end 11pm", "new start 9pm": the end and the start as the markers read them. */
const NEW_EDGE = new RegExp(`${B}new\\s+(end|start)${E}`, 'giu');
/** "instead" closing an edit said with "use": it changes nothing. */
const INSTEAD = new RegExp(`(?<=\\uE001)\\s+instead${E}(?!\\s+of${E})`, 'giu');

/** The scanned edit with its change verbs taken out, as described above. */
export function withoutChangeVerbs(text: string, scanned: Scanned): string {
  return text
    .replace(POLITE_END, '')
    .replace(POLITE_LEAD, '')
    .replace(OBJECT_MARKER, '')
    .replace(LEADING_SOURCES, ' ')
    .replace(LEADING_FIELD, (_whole, edge: string | undefined, field: string | undefined) => ` ${edge ?? field ?? ''} `)
    .replace(NEW_SOURCES, ' ')
    .replace(SWITCH_TO, (whole, index: string) => (isMediaFileUrl(scanned.urls[Number(index)] ?? '') ? ' ' : whole))
    .replace(CHANGE, (_whole, en: string | undefined, zh: string | undefined) => ` ${en ?? zh ?? ''} `)
    .replace(NEW_EDGE, '$1')
    .replace(INSTEAD, ' ');
}

/** A change verb left alone once the options took their words ("改成循环5次", "change it to no loop"). */
const ONLY_CHANGE_VERB = new RegExp(`^(?:${ZH_VERB}|(?:change|set|make)(?:\\s+it)?(?:\\s+to)?|instead)$`, 'iu');

export function isOnlyChangeVerb(rest: string): boolean {
  return ONLY_CHANGE_VERB.test(rest.trim());
}
