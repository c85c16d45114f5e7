// The router finds the one handler a request from Slack is for, as Bolt's app.command/action/shortcut/view/
// event would, and leaves everything else to Bolt (unacknowledged, so the receiver answers 404).
import type { App } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { SlackRouter } from '../../../src/adapters/slack/router.js';

type Args = { body: Record<string, unknown>; payload?: unknown; next: () => Promise<void> };

/** A router with one handler per kind of request; `send` runs a request through it as Bolt would. */
function routed() {
  const hits: string[] = [];
  const hit = (name: string) => async () => void hits.push(name);
  const router = new SlackRouter();
  router.command('/relay', hit('command'));
  router.action(/^relay_(confirm|cancel):\d+$/, hit('button'));
  router.action('relay_open_form', hit('open-form'));
  router.globalShortcut('relay_new', hit('global-shortcut'));
  router.messageShortcut('relay_feed', hit('message-shortcut'));
  router.view('relay_form', hit('view'));
  router.event('app_home_opened', hit('home'));
  let middleware: ((args: Args) => Promise<void>) | undefined;
  router.attach({ use: (fn: typeof middleware) => void (middleware = fn) } as unknown as App);
  const send = async (body: Record<string, unknown>, payload: unknown = body) => {
    const next = vi.fn(async () => undefined);
    await middleware!({ body, payload, next });
    return { hits: hits.splice(0), passedOn: next.mock.calls.length > 0 };
  };
  return send;
}

describe('SlackRouter', () => {
  it('hands each kind of request to its handler only', async () => {
    const send = routed();
    expect(await send({ command: '/relay', text: 'help' })).toEqual({ hits: ['command'], passedOn: false });
    expect(await send({ type: 'block_actions' }, { action_id: 'relay_cancel:1' })).toEqual({ hits: ['button'], passedOn: false });
    expect(await send({ type: 'block_actions' }, { action_id: 'relay_open_form' })).toEqual({ hits: ['open-form'], passedOn: false });
    expect(await send({ type: 'shortcut', callback_id: 'relay_new' })).toEqual({ hits: ['global-shortcut'], passedOn: false });
    expect(await send({ type: 'message_action', callback_id: 'relay_feed' })).toEqual({ hits: ['message-shortcut'], passedOn: false });
    expect(await send({ type: 'view_submission', view: { callback_id: 'relay_form' } })).toEqual({ hits: ['view'], passedOn: false });
    expect(await send({ type: 'event_callback', event: { type: 'app_home_opened' } })).toEqual({ hits: ['home'], passedOn: false });
  });

  it('passes on what is not ours, as an unmatched Bolt listener would', async () => {
    const send = routed();
    const unmatched = [
      send({ command: '/other', text: 'help' }),
      send({ type: 'block_actions' }, { action_id: 'relay_stop:0' }),
      send({ type: 'block_actions' }, { action_id: 'xrelay_open_form' }),
      // The same callback_id as the other kind of shortcut.
      send({ type: 'shortcut', callback_id: 'relay_feed' }),
      send({ type: 'message_action', callback_id: 'relay_new' }),
      send({ type: 'view_closed', view: { callback_id: 'relay_form' } }),
      send({ type: 'view_submission', view: { callback_id: 'other_form' } }),
      send({ type: 'event_callback', event: { type: 'message' } }),
      send({ type: 'block_suggestion' }, { action_id: 'relay_open_form' }),
      send({ type: 'block_actions' }, undefined),
    ];
    for (const answer of await Promise.all(unmatched)) expect(answer).toEqual({ hits: [], passedOn: true });
  });
});
