// Which message a delivery posted, found again later. Discord answers a repeated `nonce` (with enforce_nonce)
// with the message it already created, but only for a few minutes, and it never returns the nonce when the
// channel is read back. So a post whose answer was lost, followed by a crash and a restart much later, could
// not be told from no post at all, and was posted a second time (a deleted status message re-posted twice).
// Each button of a keyed post carries a short mark of its delivery key after a '#' in its custom_id: invisible
// to readers, kept by Discord, and read back with the channel's messages (Notifier.findPosted).
import { createHash } from 'node:crypto';
import type { DiscordMessagePayload } from './render.js';

/** 16 base64url characters of the key's hash: short enough for custom_id's 100, unique enough for one channel. */
const MARK_LENGTH = 16;

export function deliveryMarkOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, MARK_LENGTH);
}

/** The payload with every button's custom_id followed by `#<mark>`. */
export function withDeliveryMark(payload: DiscordMessagePayload, key: string): DiscordMessagePayload {
  const mark = `#${deliveryMarkOf(key)}`;
  return {
    ...payload,
    components: payload.components.map((row) => ({
      ...row,
      components: row.components.map((button) => ({ ...button, custom_id: `${button.custom_id}${mark}` })),
    })),
  };
}

interface ReadMessage {
  id: string;
  components?: { components?: { custom_id?: string }[] }[];
}

/** Whether a message read back from a channel was posted under `key`. */
export function carriesDeliveryMark(message: ReadMessage, key: string): boolean {
  const mark = `#${deliveryMarkOf(key)}`;
  return (message.components ?? []).some((row) => (row.components ?? []).some((button) => button.custom_id?.endsWith(mark) === true));
}
