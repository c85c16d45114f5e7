// A relay's deleted status message is posted again from two places: delivery (an edit of it finds it gone) and a
// repeated Confirm (someone pressing it to get the message back). Each looks in the channel first (findPosted),
// but neither can see a post the other has asked for and not yet made; Discord then answers the shared nonce
// with the first post, Slack has no such key, and both posts landed: two status messages. So within the process
// a relay's re-post is made once per notifier (the one platform connection both paths share): whoever asks while
// one is under way waits for it and gets its message.
import type { Notifier } from '../core/notifier.js';

const underWay = new WeakMap<Notifier, Map<string, Promise<string>>>();

/** The re-post under way for `taskId` through `notifier`, or null. */
export function repostUnderWay(notifier: Notifier, taskId: string): Promise<string> | null {
  return underWay.get(notifier)?.get(taskId) ?? null;
}

/** Runs `repost` as `taskId`'s re-post through `notifier`; it is forgotten once it ends, so a failed one can be tried again. */
export function startRepost(notifier: Notifier, taskId: string, repost: () => Promise<string>): Promise<string> {
  let reposts = underWay.get(notifier);
  if (!reposts) {
    reposts = new Map();
    underWay.set(notifier, reposts);
  }
  const done = repost();
  reposts.set(taskId, done);
  const forget = () => {
    if (reposts.get(taskId) === done) reposts.delete(taskId);
  };
  done.then(forget, forget);
  return done;
}
