// 两三点, 十一二点, 七八点, 两三个小时, 三四十分钟: two neighbouring numerals are "two or three", an estimate,
// not a number. Read as one, the numerals became 23 ("两三个小时" was a 23-hour relay), 12 or 40; such a time is
// asked about (vague-amounts.ts), never guessed. Matched on the text as typed, before the numerals are digits.

// An optional tens (十一二 = 11 or 12, 二十三四 = 23 or 24), a pair of numerals one apart (七、八), an optional 十 after
// (三四十分钟), then an hour or a unit of length. Not inside a longer numeral (二十三点 is 23:00), nor after a
// weekday word (星期一二点 is Monday at 2; 周三四五点 is Wednesday at four or five).
export const ZH_NUMBER_PAIR =
  /(?:(?<=(?:周|星期|礼拜)[一二三四五六日天])|(?<![零〇一二两三四五六七八九十百\d]|星期|周|礼拜|初))(?:[二三四五]?十)?(?:一、?[二两]|[二两]、?三|三、?四|四、?五|五、?六|六、?七|七、?八|八、?九)(?:\s*十)?\s*(?:点|个?\s*(?:小时|钟头|个钟|分钟|秒钟|天|星期|礼拜))/;
