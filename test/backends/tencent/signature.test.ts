// The stand-in really checks TC3-HMAC-SHA256 signatures, and the backend turns each refusal into a message
// that says which setting to fix.
import { afterEach, describe, expect, it } from 'vitest';
import { providerErrorToCoded } from '../../../src/core/provider-errors/messages.js';
import { BackendError } from '../../../src/core/backend.js';
import { t } from '../../../src/core/i18n.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';
import { rawDescribe } from '../../support/tencent/raw-request.js';

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

describe('TC3-HMAC-SHA256 at the stand-in', () => {
  it('accepts a request signed with the account’s key and refuses the same request signed with another', async () => {
    h = await startHarness();
    const good = await rawDescribe(h.standin.url, { body: { PageNum: 1 } });
    expect(good.Response.Error).toBeUndefined();
    expect(good.Response.TotalNum).toBe(0);
    const bad = await rawDescribe(h.standin.url, { secretKey: 'another-key', body: { PageNum: 1 } });
    expect(bad.Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses a body changed after signing', async () => {
    h = await startHarness();
    const answer = await rawDescribe(h.standin.url, { body: { PageNum: 1 }, sentBody: { PageNum: 2 } });
    expect(answer.Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
  });

  it('refuses a credential scope for another service than the host’s first label', async () => {
    h = await startHarness();
    const answer = await rawDescribe(h.standin.url, { service: 'live' });
    expect(answer.Response.Error?.Code).toBe('AuthFailure.SignatureFailure');
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
