// "for an extra 30 minutes", "2 hours and an extra 30 minutes": English puts "extra" (or "additional") before the
// amount of a length as readily as after it. After it ("2 extra minutes") the schedule layer reads it; before it,
// it did not, and the extra option had taken the number ("an extra 30" became ExtraCmd "30" and a 1-minute relay).
// The extra option now leaves such words alone, and here "an extra" before an amount and its unit is dropped, so
// that the schedule reads the plain length: 30 more minutes of relay.

const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|half(?:\s+an?)?)`;
const UNIT = String.raw`(?:h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)(?![A-Za-z])`;
const EXTRA_BEFORE_AMOUNT = new RegExp(String.raw`(?<![A-Za-z])(?:an?\s+)?(?:extra|additional)\s+(?=${AMOUNT}\s*${UNIT})`, 'gi');

/** The schedule words with "an extra" before a length's amount dropped ("for an extra 30 minutes" → "for 30 minutes"). */
export function withoutExtraBeforeAmount(scheduleWords: string): string {
  return scheduleWords.replace(EXTRA_BEFORE_AMOUNT, '');
}
