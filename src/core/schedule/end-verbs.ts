// The end said with a verb of its own before a clock time: "starting 8pm ending 11", "starts at 8pm, runs till
// 10", "8pm and finish by 10", "8pm, done by 10", "wrap up by 10pm", "off air at 10". The date parser reads a
// range only from a range word; with a bare hour after the verb it found no end ("starting 8pm ending 11" was
// refused for having none). Written as "to", so the end is read as "8pm to 11" is: the first fitting time after
// the start. ("end 2 hours later", "stop after 45 min" are lengths, read before this.) "On air" before the start
// is dropped the same way.
// And "that night" / "that evening" after such an end: the end's part of the start's day ("tomorrow 9am until
// 10:30 that night" is 22:30; the words were refused as not understood).

// A comma before the verb goes with it: "8pm, done by 10" is a range once written "8pm to 10".
export const END_VERB =
  /(?:\s*[,;]\s*|\b)(?:and\s+)?(?:(?:end|ends|ending|stop|stops|stopping|finish|finishes|finishing)(?:\s+(?:at|by))?|(?:runs?|running|goes|going|lasts?|lasting)\s+(?:till|until|til|to)|(?:wraps?|wrapping)(?:\s+up)?(?:\s+(?:at|by))?|done\s+by|over\s+by|off\s+(?:the\s+)?air(?:\s+(?:at|by))?)\s+(?=(?:\d|noon|midnight))/g;

export const THAT_PART = /(\b(?:to|until|till|through|-|–)\s*)(\d{1,2})(?::(\d\d))?\s+(?:that|the\s+same)\s+(night|evening|afternoon|morning)\b/g;

export function endOfThatPart(whole: string, lead: string, hourText: string, minutes: string | undefined, part: string): string {
  const hour = Number(hourText);
  const clock = `${hour}:${minutes ?? '00'}`;
  if (hour < 1 || hour > 11) return whole;
  if (part === 'morning') return `${lead}${clock}am`;
  // At night an hour of the small hours is after midnight ("until 2 that night"); any other is the evening's.
  if (part === 'night' && hour <= 4) return `${lead}${clock}am`;
  return `${lead}${clock}pm`;
}

// "on air 8pm-10pm", "on air at 8pm, off air at 10": the start's counterpart says only that a time follows. So do
// "doors 8pm, off air 10pm", "doors open: 8pm" (the show's own word for its start; "doors" was not understood).
export const ON_AIR = /\b(?:(?:(?:goes|go|going|be|is)\s+)?on\s+(?:the\s+)?air|doors(?:\s+open)?(?:\s*:)?)\s+(?=(?:at\s+|from\s+)?(?:\d|noon|midday|midnight|tonight|today|tomorrow))/g;
