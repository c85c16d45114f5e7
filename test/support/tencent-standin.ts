// A local stand-in of the Tencent Cloud live API endpoint (API 3.0, version 2018-08-01) on node:http over
// loopback. The real SDK reaches it through RELAYBOT_TENCENT_ENDPOINT. It behaves as the public docs say:
// POST JSON with X-TC-* headers, TC3-HMAC-SHA256 signatures checked (signature.ts), the six lifecycle
// actions with the documented rules (tencent/tasks.ts, tencent/create-rules.ts), the task limit, the
// per-action rate limit, and `{"Response": {..., "RequestId"}}` answers. Tests can make the next calls of
// an action fail in each documented way: an error code, a lost answer after committing, or a timeout.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { StandinAccount, type StandinTask } from './tencent/tasks.js';
import { STANDIN_REGIONS, type ApiFailure } from './tencent/create-rules.js';
import { verifyTc3Signature } from './tencent/signature.js';

export type { StandinTask };

export const LIVE_API_VERSION = '2018-08-01';
const LIFECYCLE_ACTIONS = [
  'CreateLivePullStreamTask',
  'DescribeLivePullStreamTasks',
  'ModifyLivePullStreamTask',
  'DeleteLivePullStreamTask',
  'RestartLivePullStreamTask',
  'DescribeLivePullStreamTaskStatus',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/** An error answer, or: do the work then drop the connection unanswered, or do the work and never answer. */
export type InjectedFailure = { code: string; message?: string } | 'drop-after-commit' | 'timeout';

export interface RecordedCall {
  action: string;
  region: string | undefined;
  body: Record<string, unknown>;
  /** The SecretId the request was signed with (also for refused signatures). */
  secretId: string | undefined;
  receivedAt: number;
  requestId: string;
  /** The error code answered, or undefined for a success (or an unanswered injected failure). */
  errorCode: string | undefined;
  injected: InjectedFailure | undefined;
}

export interface TencentStandinOptions {
  secretId: string;
  secretKey: string;
  /** The account's task limit (LimitTaskNum); 20 by default as on the API page. */
  limitTaskNum?: number;
  /** Requests per second any action takes before RequestLimitExceeded (50, the create page's); actions documented lower keep their lower limit (DOCUMENTED_RATES). */
  ratePerSecond?: number;
  /** Longest task span in days; the API page's 7 by default. */
  maxSpanDays?: number;
  /** Refuse literal private/loopback source hosts as the page says CSS does (true by default). */
  rejectPrivateSources?: boolean;
  /** The stand-in's clock (tests can move it). */
  now?: () => Date;
}

export interface TencentStandin {
  /** `http://127.0.0.1:PORT`, for RELAYBOT_TENCENT_ENDPOINT. */
  url: string;
  tasks: Map<string, StandinTask>;
  requests: RecordedCall[];
  /** Requests refused with RequestLimitExceeded by the rate limit (not by failNext). */
  readonly refusedForRate: number;
  /** TCP connections accepted so far (a client that keeps connections alive opens few). */
  readonly connections: number;
  failNext(action: LifecycleAction, failure: InjectedFailure, times?: number): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function answer(response: ServerResponse, body: Record<string, unknown>): void {
  const text = JSON.stringify({ Response: body });
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Requests per second each action takes, from Tencent's API pages ("默认接口请求频率限制"). */
export const DOCUMENTED_RATES: Readonly<Record<LifecycleAction, number>> = {
  CreateLivePullStreamTask: 50,
  DeleteLivePullStreamTask: 50,
  DescribeLivePullStreamTasks: 30,
  ModifyLivePullStreamTask: 20,
  RestartLivePullStreamTask: 20,
  DescribeLivePullStreamTaskStatus: 20,
};

/** A sliding one-second window per action, as the API's "N requests per second" limits. */
class PerActionRateLimit {
  private readonly recent = new Map<string, number[]>();
  constructor(private readonly limitOf: (action: LifecycleAction) => number) {}

  admit(action: LifecycleAction, nowMs: number): boolean {
    const times = (this.recent.get(action) ?? []).filter((t) => t > nowMs - 1000);
    const admitted = times.length < this.limitOf(action);
    if (admitted) times.push(nowMs);
    this.recent.set(action, times);
    return admitted;
  }
}

/** The common parameters (X-TC-Action, X-TC-Version, X-TC-Region) every call of this API needs. */
function checkCommonParameters(action: string, version: string | undefined, region: string | undefined): ApiFailure | null {
  if (!action) return { code: 'MissingParameter', message: 'The request is missing X-TC-Action.' };
  if (!(LIFECYCLE_ACTIONS as readonly string[]).includes(action)) return { code: 'InvalidAction', message: `The action ${action} does not exist.` };
  if (version !== LIVE_API_VERSION) return { code: 'NoSuchVersion', message: `The API version must be ${LIVE_API_VERSION}.` };
  if (!region) return { code: 'MissingParameter', message: 'The request is missing the Region parameter.' };
  if (!(STANDIN_REGIONS as readonly string[]).includes(region)) return { code: 'UnsupportedRegion', message: `This API does not support region ${region}.` };
  return null;
}

export async function startTencentStandin(options: TencentStandinOptions): Promise<TencentStandin> {
  const now = options.now ?? (() => new Date());
  const account = new StandinAccount({
    limitTaskNum: options.limitTaskNum ?? 20,
    maxSpanDays: options.maxSpanDays ?? 7,
    rejectPrivateSources: options.rejectPrivateSources ?? true,
    now,
  });
  const secrets = new Map([[options.secretId, options.secretKey]]);
  const ceiling = options.ratePerSecond ?? 50;
  const rateLimit = new PerActionRateLimit((action) => Math.min(ceiling, DOCUMENTED_RATES[action]));
  const injected = new Map<string, InjectedFailure[]>();
  const requests: RecordedCall[] = [];
  const sockets = new Set<Socket>();
  let refusedForRate = 0;
  let closing: Promise<void> | undefined;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const arrivedAt = Date.now();
    const raw = await readBody(request);
    const requestId = randomUUID();
    const action = header(request, 'x-tc-action') ?? '';
    const region = header(request, 'x-tc-region');
    let body: Record<string, unknown> = {};
    const call: RecordedCall = {
      action, region, body, requestId, secretId: /Credential=([^/]+)\//.exec(header(request, 'authorization') ?? '')?.[1],
      receivedAt: arrivedAt, errorCode: undefined, injected: undefined,
    };
    requests.push(call);
    const fail = (code: string, message: string) => {
      call.errorCode = code;
      answer(response, { Error: { Code: code, Message: message }, RequestId: requestId });
    };

    if (request.method !== 'POST' || !(header(request, 'content-type') ?? '').startsWith('application/json')) {
      return fail('InvalidParameter', 'Only POST with Content-Type application/json is served here.');
    }
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const verdict = verifyTc3Signature(
      { method: request.method, path: url.pathname, query: url.search.slice(1), headers: request.headers, body: raw },
      secrets,
      Math.floor(now().getTime() / 1000),
    );
    if (!verdict.ok) return fail(verdict.code, verdict.message);
    try {
      body = raw.length === 0 ? {} : (JSON.parse(raw.toString('utf8')) as Record<string, unknown>);
      call.body = body;
    } catch {
      return fail('InvalidParameter', 'The request body is not valid JSON.');
    }
    const common = checkCommonParameters(action, header(request, 'x-tc-version'), region);
    if (common) return fail(common.code, common.message);
    if (!rateLimit.admit(action as LifecycleAction, arrivedAt)) {
      refusedForRate += 1;
      return fail('RequestLimitExceeded', 'Your request rate exceeds the limit of this API.');
    }

    const failure = injected.get(action)?.shift();
    call.injected = failure;
    if (failure && typeof failure === 'object') return fail(failure.code, failure.message ?? `Injected ${failure.code}.`);
    const result = account.run(action, body, region!);
    if (failure === 'drop-after-commit') {
      request.socket.destroy();
      return;
    }
    if (failure === 'timeout') return; // committed, never answered: the socket stays open until close()
    if (!result.ok) return fail(result.failure.code, result.failure.message);
    answer(response, { ...result.response, RequestId: requestId });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) answer(response, { Error: { Code: 'InternalError', Message: String(error) }, RequestId: randomUUID() });
    });
  });
  let connections = 0;
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    tasks: account.tasks,
    requests,
    get refusedForRate() {
      return refusedForRate;
    },
    get connections() {
      return connections;
    },
    failNext(action, failure, times = 1) {
      const queue = injected.get(action) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(failure);
      injected.set(action, queue);
    },
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
