// The chat verbs over the real parts: the task service, the SQLite store (in memory), the Tencent backend
// through the official SDK to the loopback stand-in. Only the chat's clock is ours to move (preview expiry).
import { createTencentBackend } from '../../../src/backends/tencent/index.js';
import { createChatCommands } from '../../../src/core/chat/index.js';
import type { ChatCommands, ChatContext } from '../../../src/core/chat-commands.js';
import type { Locale } from '../../../src/core/i18n.js';
import { TaskService } from '../../../src/core/task-service.js';
import { createLogger } from '../../../src/log.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { SqlitePendingRepository } from '../../../src/store/pending-repo.js';
import { SqliteSubscriptionRepository } from '../../../src/store/subscriptions-repo.js';
import { startTencentStandin, type TencentStandin } from '../../support/tencent-standin.js';

export interface ChatHarness {
  chat: ChatCommands;
  store: Store;
  standin: TencentStandin;
  service: TaskService;
  subscriptions: SqliteSubscriptionRepository;
  /** Moves the chat's clock (not the provider's) forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

const SECRET_ID = 'AKIDchatharness0000000000000000000';
const SECRET_KEY = 'chat-harness-secret-key-000000000';

export interface HarnessOptions {
  /** A data directory (a bot that restarts opens the same one); in memory by default. */
  dataDir?: string;
  /** Share a stand-in between harnesses (it is then not closed with this one). */
  standin?: TencentStandin;
}

export async function startChatHarness(options: HarnessOptions = {}): Promise<ChatHarness> {
  const standin = options.standin ?? (await startTencentStandin({ secretId: SECRET_ID, secretKey: SECRET_KEY }));
  const logger = createLogger({ level: 'silent' });
  const store = openStore(options.dataDir ?? ':memory:');
  const backend = createTencentBackend(
    { secretId: SECRET_ID, secretKey: SECRET_KEY, region: 'ap-guangzhou', endpoint: standin.url, timeoutSeconds: 5 },
    logger,
    { retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } },
  );
  const service = new TaskService({
    tasks: store.tasks,
    audit: store.audit,
    backends: { tencent: backend },
    defaultBackend: 'tencent',
    publicUrl: 'https://relaybot.example.com',
    logger,
  });
  const subscriptions = new SqliteSubscriptionRepository(store.db);
  let offset = 0;
  const chat = createChatCommands({
    tasks: service,
    prefs: store.preferences,
    pending: new SqlitePendingRepository(store.db),
    subscriptions,
    commandDefaults: { defaultDomain: 'push.example.com', maxSpanDays: 7, allowPrivateNetworks: false, defaultBackend: 'tencent' },
    clock: () => new Date(Date.now() + offset),
    logger,
  });
  return {
    chat,
    store,
    standin,
    service,
    subscriptions,
    advance: (ms) => {
      offset += ms;
    },
    async close() {
      await backend.close();
      store.close();
      if (!options.standin) await standin.close();
    },
  };
}

export function context(overrides: Partial<ChatContext> & { user?: string; locale?: Locale } = {}): ChatContext {
  const user = overrides.user ?? 'U1';
  return {
    actor: { platform: 'slack', userId: user, displayName: `name-${user}` },
    locale: 'en',
    timeZone: 'Asia/Shanghai',
    home: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    canModify: true,
    requestKey: `req-${Math.random()}`,
    ...overrides,
  };
}
