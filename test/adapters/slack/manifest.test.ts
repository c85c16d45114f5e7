// The manifests must name what the code listens for (a renamed callback_id would silently break a shortcut)
// and request exactly the scopes of the Web API methods the adapter calls.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../src/adapters/slack/fastify-receiver.js';
import { GLOBAL_SHORTCUT_ID, MESSAGE_SHORTCUT_ID } from '../../../src/adapters/slack/handlers/form.js';
import { SLASH_COMMAND } from '../../../src/adapters/slack/handlers/slash-command.js';

const read = (name: string) => readFileSync(new URL(`../../../manifests/${name}`, import.meta.url), 'utf8');
const scopes = (yaml: string) => [...yaml.split('bot:\n')[1]!.split('settings:')[0]!.matchAll(/^\s+- ([a-z.:]+)$/gm)].map((m) => m[1]);

/** Every Web API method the adapter calls (grep-able in src/adapters/slack) and the bot scope it needs. */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'users.info': 'users:read',
  'usergroups.users.list': 'usergroups:read',
  // groups:history too, for private channels (asserted below).
  'conversations.history': 'channels:history',
  'conversations.replies': 'channels:history',
  'views.open': null,
  'views.publish': null,
};

describe('Slack app manifests', () => {
  for (const name of ['slack-app.yaml', 'slack-app-socket.yaml']) {
    it(`${name} wires the command, both shortcuts, the App Home and exactly the scopes used`, () => {
      const yaml = read(name);
      expect(yaml).toContain(`command: ${SLASH_COMMAND}`);
      expect(yaml).toMatch(new RegExp(`type: global\\n\\s+callback_id: ${GLOBAL_SHORTCUT_ID}`));
      expect(yaml).toMatch(new RegExp(`type: message\\n\\s+callback_id: ${MESSAGE_SHORTCUT_ID}`));
      expect(yaml).toContain('home_tab_enabled: true');
      expect(yaml).toMatch(/bot_events:\n\s+- app_home_opened/);
      const needed = new Set(Object.values(METHOD_SCOPES).filter(Boolean));
      // commands: the slash command and shortcuts; chat:write.public: status posts in channels the bot hasn't joined;
      // groups:history: the history methods in private channels.
      expect(scopes(yaml).sort()).toEqual([...needed, 'commands', 'chat:write.public', 'groups:history'].sort());
    });
  }

  it('points HTTP mode at the receiver’s path and turns Socket Mode on in the other', () => {
    const http = read('slack-app.yaml');
    expect([...http.matchAll(/url: (\S+)/g)].map((m) => new URL(m[1]!).pathname)).toEqual([SLACK_EVENTS_PATH, SLACK_EVENTS_PATH, SLACK_EVENTS_PATH]);
    expect(http).toContain('socket_mode_enabled: false');
    const socket = read('slack-app-socket.yaml');
    expect(socket).not.toMatch(/url: /);
    expect(socket).toContain('socket_mode_enabled: true');
  });

  it('lists every Web API method the adapter calls', () => {
    const source = ['handlers/slash-command.ts', 'handlers/buttons.ts', 'handlers/form.ts', 'handlers/app-home.ts', 'handlers/present.ts', 'status-messages.ts', 'notifier.ts', 'user-profile.ts', 'permissions.ts']
      .map((file) => readFileSync(new URL(`../../../src/adapters/slack/${file}`, import.meta.url), 'utf8'))
      .join('\n');
    const called = new Set([...source.matchAll(/client\.((?:chat|users|usergroups|views|conversations)\.[\w.]+)\(/g)].map((m) => m[1]));
    expect([...called].sort()).toEqual(Object.keys(METHOD_SCOPES).sort());
  });
});
