// Everything a Slack test needs, real end to end: the Tencent stand-in behind the real Tencent backend, the
// real task service and chat commands on an in-memory SQLite store, the Slack stand-in for the Web API, and
// the real adapter (Bolt) on the bot's real HTTP server on loopback. Requests are signed as Slack signs them.
import { createHttpServer, type HttpServer } from '../../../src/http/server.js';
import { startSlack, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { signSlackRequest } from '../../../src/adapters/slack/verify-signature.js';
import { parseSettings } from '../../../src/config/index.js';
import { slackConfigSchema } from '../../../src/config/slack.js';
import { createTencentBackend } from '../../../src/backends/tencent/index.js';
import { createChatCommands } from '../../../src/core/chat/index.js';
import { startPreviewPool } from '../../../src/preview-pool/index.js';
import { TaskService } from '../../../src/core/task-service.js';
import { createLogger } from '../../../src/log.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { SqlitePendingRepository } from '../../../src/store/pending-repo.js';
import { SqliteSubscriptionRepository } from '../../../src/store/subscriptions-repo.js';
import { blockKitViolation, startSlackStandin, type SlackStandin, type StandinUser } from '../../support/slack-standin.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';

export const SIGNING_SECRET = 'standin-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-standin-bot-token';
export const APP_TOKEN = 'xapp-standin-app-token';
export const TEAM = 'T0STANDIN';
export const CHANNEL = 'C0RELAYS';

export interface HarnessOptions {
  users?: Record<string, StandinUser>;
  usergroups?: Record<string, string[]>;
  env?: Record<string, string>;
  socketMode?: boolean;
}

export interface SlackHarness {
  url: string;
  slack: SlackStandin;
  tencent: TencentStandin;
  store: Store;
  adapter: SlackAdapter;
  /** POSTs a body to /slack/events, signed unless told otherwise. */
  post(body: string, options?: PostOptions): Promise<HarnessAnswer>;
  slash(text: string, user?: string, extra?: Record<string, string>): Promise<HarnessAnswer>;
  click(actionId: string, value: string, user?: string, extra?: Record<string, unknown>): Promise<{ status: number }>;
  close(): Promise<void>;
}

export interface HarnessAnswer {
  status: number;
  contentType: string | null;
  text: string;
  json: () => unknown;
}

export interface PostOptions {
  contentType?: string;
  timestamp?: number;
  signature?: string | null;
  secret?: string;
  headers?: Record<string, string>;
}

let seq = 0;
export const triggerId = () => `${Date.now()}.${++seq}.standintrigger`;

export async function startHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const logger = createLogger({ level: 'silent' });
  const tencent = await startTencentStandin({ secretId: 'AKIDstandin', secretKey: 'standin-secret-key' });
  const slack = await startSlackStandin({
    botToken: BOT_TOKEN,
    appToken: APP_TOKEN,
    users: options.users ?? { U0ALICE: { tz: 'Asia/Shanghai', locale: 'en-US', name: 'alice' } },
    ...(options.usergroups ? { usergroups: options.usergroups } : {}),
  });
  const store = openStore(':memory:');
  const backend = createTencentBackend(
    { secretId: 'AKIDstandin', secretKey: 'standin-secret-key', region: 'ap-guangzhou', endpoint: tencent.url, timeoutSeconds: 3 },
    logger,
  );
  const tasks = new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    backends: { tencent: backend },
    defaultBackend: 'tencent',
    publicUrl: 'https://relaybot.example.com',
    logger,
  });
  // As the bot runs it (src/main.ts): new relays are read on the preview pool's thread.
  const previews = startPreviewPool(logger);
  const commands = createChatCommands({
    tasks,
    prefs: store.preferences,
    pending: new SqlitePendingRepository(store.db),
    subscriptions: new SqliteSubscriptionRepository(store.db),
    commandDefaults: { defaultDomain: 'push.example.com', maxSpanDays: 7, allowPrivateNetworks: false },
    clock: () => new Date(),
    logger,
    readCommand: previews.read,
  });
  const settings = parseSettings(slackConfigSchema, {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: slack.apiUrl,
    ...(options.socketMode ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...options.env,
  });
  const http: HttpServer = await createHttpServer({ port: 0, host: '127.0.0.1', logger, routes: [] });
  let adapter: SlackAdapter;
  try {
    adapter = await startSlack({ settings, commands, prefs: store.preferences, http: http.app, logger, defaultTimeZone: 'UTC' });
  } catch (error) {
    await Promise.all([http.close(), slack.close(), tencent.close(), previews.close()]);
    store.close();
    throw error;
  }
  const { url } = await http.listen();

  const post: SlackHarness['post'] = (body, o = {}) => postSlackEvent(url, body, o);

  return {
    url,
    slack,
    tencent,
    store,
    adapter,
    post,
    slash: (text, user = 'U0ALICE', extra = {}) => post(slashBody(slack, text, user, extra)),
    click: (actionId, value, user = 'U0ALICE', extra = {}) => post(actionBody(slack, actionId, value, user, extra)),
    async close() {
      await adapter.stop();
      await http.close();
      await slack.close();
      await tencent.close();
      await previews.close();
      store.close();
    },
  };
}

/** A slash command as Slack sends it (application/x-www-form-urlencoded). */
/** POSTs a body to a bot's /slack/events, signed as Slack signs it (unless `o` says otherwise). */
export async function postSlackEvent(baseUrl: string, body: string, o: PostOptions = {}): Promise<HarnessAnswer> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = o.signature === undefined ? signSlackRequest(o.secret ?? SIGNING_SECRET, timestamp, body) : o.signature;
  const response = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': o.contentType ?? 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      ...(signature ? { 'x-slack-signature': signature } : {}),
      ...o.headers,
    },
    body,
  });
  const text = await response.text();
  // An acknowledgement carrying a message Slack would refuse (Block Kit limits) is a failure Slack shows the person.
  if (response.headers.get('content-type')?.startsWith('application/json') && text) {
    const answer = JSON.parse(text) as { blocks?: unknown };
    const problem = blockKitViolation(answer.blocks, 50);
    if (problem) throw new Error(`harness: Slack would refuse this acknowledgement (invalid_blocks: ${problem})`);
  }
  return { status: response.status, contentType: response.headers.get('content-type'), text, json: () => JSON.parse(text) as unknown };
}

export function slashBody(slack: SlackStandin, text: string, user: string, extra: Record<string, string> = {}): string {
  const trigger = triggerId();
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: TEAM,
    team_domain: 'standin',
    channel_id: CHANNEL,
    channel_name: 'relays',
    user_id: user,
    user_name: user.toLowerCase(),
    command: '/relay',
    text,
    api_app_id: 'ASTANDIN',
    response_url: slack.responseUrl(`cmd-${seq}`),
    trigger_id: trigger,
    ...extra,
  }).toString();
}

/** A block_actions interaction (a button click), as the form field `payload`. */
export function actionBody(slack: SlackStandin, actionId: string, value: string, user: string, extra: Record<string, unknown> = {}): string {
  const payload = {
    type: 'block_actions',
    team: { id: TEAM, domain: 'standin' },
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: TEAM },
    api_app_id: 'ASTANDIN',
    token: 'deprecated-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL, is_ephemeral: true },
    trigger_id: triggerId(),
    channel: { id: CHANNEL, name: 'relays' },
    response_url: slack.responseUrl(`act-${seq}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'relay_actions', value, text: { type: 'plain_text', text: 'x' }, action_ts: `${Date.now() / 1000}` }],
    ...extra,
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The buttons of the last message a response_url or ack carried. */
export function buttonsOf(message: { blocks?: unknown }): { action_id: string; value: string }[] {
  const blocks = (message.blocks ?? []) as { type: string; elements?: { action_id: string; value: string }[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}
