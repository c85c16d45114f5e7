// A relay's deleted status message is posted again from two places: delivery (an edit of it finds it gone) and a
// repeated Confirm (someone pressing it to get the message back). Each looks in the channel first (findPosted),
// but neither can see a post the other has asked for and not yet made; Discord then answers the shared nonce
// with the first post, Slack has no such key, and both posts landed: two status messages. So within the process
// a relay's re-post is made once per notifier (the one platform connection both paths share): whoever asks while
// one is under way waits for it and gets its message. A relay's first status message goes through it too when two
// sides may post it: the Slack adapter's post and delivery's for a relay that never got one (overdue-status.ts).
import type { Notifier, PostTarget } from '../core/notifier.js';
import type { ReplyDocument } from '../core/reply.js';
import type { TaskHome } from '../core/task.js';

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

/**
 * `taskId`'s status message posted once: joins a post under way (and then shows `doc` on its message, since the
 * other asker's document may be older: delivery's news after a Confirm), or starts `post`.
 */
export function postStatusOnce(
  notifier: Notifier,
  taskId: string,
  home: TaskHome,
  doc: ReplyDocument,
  writing: () => void,
  post: () => Promise<string>,
): Promise<string> {
  const earlier = repostUnderWay(notifier, taskId);
  if (!earlier) return startRepost(notifier, taskId, post);
  return earlier.then(async (messageId) => {
    writing();
    await notifier.update({ ...home, statusMessageId: messageId }, doc);
    return messageId;
  });
}

/** The message posted under `key` in `home`'s channel: found there (an earlier try that landed) or posted now. */
export async function postKeyed(
  notifier: Notifier,
  home: TaskHome,
  key: string,
  doc: ReplyDocument,
  writing: () => void,
): Promise<{ messageId: string; found: boolean }> {
  const target: PostTarget = { channelId: home.channelId, idempotencyKey: key, ...(home.teamId ? { teamId: home.teamId } : {}) };
  const earlier = notifier.findPosted ? await notifier.findPosted(target, key) : null;
  if (earlier) return { messageId: earlier.messageId, found: true };
  writing();
  return { messageId: (await notifier.post(target, doc)).messageId, found: false };
}
