// The stand-in really checks TC3-HMAC-SHA256 signatures, and the backend turns each refusal into a message
// that says which setting to fix.
import { afterEach, describe, expect, it } from 'vitest';
import { providerErrorToCoded } from '../../../src/core/provider-errors/messages.js';
import { BackendError } from '../../../src/core/backend.js';
import { t } from '../../../src/core/i18n.js';
import { SECRET_ID, SECRET_KEY, relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';
import { signTc3 } from '../../support/tencent/signature.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function failureOf(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

/** Posts one raw API 3.0 request, signed by `signTc3` with the given key. */
async function rawPost(url: string, secretKey: string, body: object, timestamp = Math.floor(Date.now() / 1000)) {
  const text = JSON.stringify(body);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tc-action': 'DescribeLivePullStreamTasks',
      'x-tc-version': '2018-08-01',
      'x-tc-region': 'ap-guangzhou',
      'x-tc-timestamp': String(timestamp),
      authorization: signTc3({ secretId: SECRET_ID, secretKey, host: '127.0.0.1', service: '127', body: text, timestamp }),
    },
    body: text,
  });
  return (await response.json()) as { Response: { Error?: { Code: string }; RequestId: string; TotalNum?: number } };
}

describe('TC3-HMAC-SHA256 at the stand-in', () => {
  it('accepts a request signed with the account’s key and refuses the same request signed with another', async () => {
    h = await startHarness();
    const good = await rawPost(h.standin.url, SECRET_KEY, { PageNum: 1 });
    expect(good.Response.Error).toBeUndefined();
    expect(good.Response.TotalNum).toBe(0);
    const bad = await rawPost(h.standin.url, 'another-key', { PageNum: 1 });
    expect(bad.Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses a body changed after signing', async () => {
    h = await startHarness();
    const timestamp = Math.floor(Date.now() / 1000);
    const signedFor = JSON.stringify({ PageNum: 1 });
    const response = await fetch(h.standin.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tc-action': 'DescribeLivePullStreamTasks',
        'x-tc-version': '2018-08-01',
        'x-tc-region': 'ap-guangzhou',
        'x-tc-timestamp': String(timestamp),
        authorization: signTc3({ secretId: SECRET_ID, secretKey: SECRET_KEY, host: '127.0.0.1', service: '127', body: signedFor, timestamp }),
      },
      body: JSON.stringify({ PageNum: 2 }),
    });
    expect(((await response.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses a credential scope for another service than the host’s first label', async () => {
    h = await startHarness();
    const timestamp = Math.floor(Date.now() / 1000);
    const text = '{}';
    const response = await fetch(h.standin.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-tc-action': 'DescribeLivePullStreamTasks',
        'x-tc-version': '2018-08-01',
        'x-tc-region': 'ap-guangzhou',
        'x-tc-timestamp': String(timestamp),
        authorization: signTc3({ secretId: SECRET_ID, secretKey: SECRET_KEY, host: '127.0.0.1', service: 'live', body: text, timestamp }),
      },
      body: text,
    });
    expect(((await response.json()) as { Response: { Error: { Code: string } } }).Response.Error.Code).toBe('AuthFailure.SignatureFailure');
  });
});

describe('bad credentials through the backend', () => {
  it('a wrong secret key fails once, unretried, with a message naming TENCENTCLOUD_SECRET_KEY and the RequestId', async () => {
    h = await startHarness({ secretKey: 'not-the-right-key' });
    const error = await failureOf(h.backend.create(relayRequest()));
    expect(error).toMatchObject({ code: 'AuthFailure.SignatureFailure', transient: false });
    expect(h.standin.requests).toHaveLength(1);
    expect(h.standin.tasks.size).toBe(0);

    const coded = providerErrorToCoded(error);
    const english = t('en', coded.key, coded.params);
    expect(english).toContain('TENCENTCLOUD_SECRET_KEY');
    expect(english).toContain('AuthFailure.SignatureFailure');
    expect(english).toContain(h.standin.requests[0]!.requestId);
    expect(t('zh-CN', coded.key, coded.params)).toContain(h.standin.requests[0]!.requestId);
  });

  it('an unknown SecretId is AuthFailure.SecretIdNotFound', async () => {
    h = await startHarness({ secretId: 'AKIDnobody' });
    const error = await failureOf(h.backend.quota());
    expect(error.code).toBe('AuthFailure.SecretIdNotFound');
    expect(t('en', providerErrorToCoded(error).key)).toContain('TENCENTCLOUD_SECRET_ID');
  });

  it('a clock more than 5 minutes off is AuthFailure.SignatureExpire', async () => {
    h = await startHarness({ standin: { now: () => new Date(Date.now() + 6 * 60_000) } });
    const error = await failureOf(h.backend.quota());
    expect(error.code).toBe('AuthFailure.SignatureExpire');
    expect(t('en', providerErrorToCoded(error).key)).toMatch(/clock/);
  });

  it('a clock a minute off is still accepted', async () => {
    h = await startHarness({ standin: { now: () => new Date(Date.now() + 60_000) } });
    expect(await h.backend.quota()).toEqual({ count: 0, limit: 20 });
  });
});
