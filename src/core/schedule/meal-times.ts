// A start said by a meal or the end of the working day ("after lunch for 1h", "tomorrow before dinner", "after
// work", 午饭后 播1小时, 下班后, 晚饭前): everyone's lunch is at another hour, so no time is read from it. They were
// refused as words not understood (or as a day without a time beside a day word), which did not say that a clock
// time was wanted; they are asked as "later" is (vagueStart). Only when no clock time is given: "after lunch at
// 2pm" names its start, and the words around it are left to the other rules.
const EN_MEAL_TIME =
  /\b(?:(?:after|before|at|around|over|during|by)\s+(?:the\s+)?(?:lunch|dinner|breakfast|brunch|supper)(?:\s*(?:time|break|hour))?|(?:after|before)\s+(?:work|school|class)|(?:lunch|dinner|supper|breakfast)\s*time)\b/;
const ZH_MEAL_TIME = /[早午中晚]饭[前后时]|[早午中晚]餐[前后时]|(?<![早午中晚])饭[前后]|[上下]班[前后]|放学后|午休(?:时间)?|吃完饭|吃饭的?时候/;

/** The words that give a start by a meal or the working day, or null. */
export function mealTimeWords(text: string): string | null {
  return (EN_MEAL_TIME.exec(text.toLowerCase()) ?? ZH_MEAL_TIME.exec(text))?.[0] ?? null;
}
