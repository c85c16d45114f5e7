// Every error code of the API page and lifecycle-api.md has a message in both languages that says what to
// do, and keeps the provider's code and RequestId visible.
import { describe, expect, it } from 'vitest';
import { NETWORK_ERROR, TIMEOUT_ERROR } from '../../../src/core/provider-errors/codes.js';
import { PROVIDER_ERROR_KEYS, providerErrorKey, providerErrorToCoded, quotaReachedError } from '../../../src/core/provider-errors/messages.js';
import { BackendError } from '../../../src/core/backend.js';
import { hasMessage, LOCALES, t } from '../../../src/core/i18n.js';

/** The API page's error table (shared/spec/CreateLivePullStreamTask.txt) and lifecycle-api.md's common codes. */
const DOCUMENTED_CODES = [
  'FailedOperation',
  'FailedOperation.CallOtherSvrFailed',
  'InvalidParameter',
  'InvalidParameter.InvalidCallbackUrl',
  'InvalidParameter.InvalidSourceUrl',
  'InvalidParameter.InvalidTaskTime',
  'InvalidParameter.InvalidToUrl',
  'InvalidParameter.InvalidWatermark',
  'InvalidParameter.TaskNotExist',
  'InvalidParameter.TaskNumMoreThanLimit',
  'InvalidParameter.ToUrlNoPermission',
  'InvalidParameterValue',
  'ResourceNotFound.ForbidService',
  'ResourceNotFound.FreezeService',
  'ResourceNotFound.StopService',
  'ResourceNotFound.UserDisableService',
  'ResourceNotFound.UserNotExist',
  'AuthFailure.SignatureFailure',
  'AuthFailure.SignatureExpire',
  'AuthFailure.SecretIdNotFound',
  'InternalError',
  'RequestLimitExceeded',
  'ResourceNotFound.TaskId',
];

describe('provider error messages', () => {
  const codes = [...DOCUMENTED_CODES, NETWORK_ERROR, TIMEOUT_ERROR];

  it.each(codes)('%s has its own message in every language, with code and RequestId', (code) => {
    expect(PROVIDER_ERROR_KEYS[code], code).toBeDefined();
    const coded = providerErrorToCoded(new BackendError(code, 'provider text', 'req-1234'));
    expect(coded.code).toBe(code);
    for (const locale of LOCALES) {
      expect(hasMessage(locale, coded.key), `${locale} ${coded.key}`).toBe(true);
      const text = t(locale, coded.key, coded.params);
      expect(text).toContain(code);
      expect(text).toContain('req-1234');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('the task limit message tells the user to stop a task or raise the limit', () => {
    const text = t('en', providerErrorKey('InvalidParameter.TaskNumMoreThanLimit'), { code: 'x', requestId: 'y' });
    expect(text).toMatch(/Stop a task/);
    expect(text).toMatch(/limit/);
  });

  it('an unlisted member of a known family gets the family’s message', () => {
    expect(providerErrorKey('AuthFailure.SomethingNew')).toBe('provider.authFailure');
    expect(providerErrorKey('ResourceNotFound.SomethingNew')).toBe('provider.resourceNotFound');
  });

  it('an unknown code gets the generic message that still shows the code; a missing RequestId shows as -', () => {
    const coded = providerErrorToCoded(new BackendError('Weird.Code', 'x'));
    expect(coded.key).toBe('provider.unknown');
    const text = t('zh-CN', coded.key, coded.params);
    expect(text).toContain('Weird.Code');
    expect(text).toContain('RequestId -');
  });

  it('every mapped key exists in both catalogs', () => {
    for (const key of new Set(Object.values(PROVIDER_ERROR_KEYS))) {
      for (const locale of LOCALES) expect(hasMessage(locale, `provider.${key}`), `${locale} ${key}`).toBe(true);
    }
  });

  it('warns before a create when the account is at its limit, in both languages', () => {
    expect(quotaReachedError({ count: 19, limit: 20 })).toBeNull();
    const warning = quotaReachedError({ count: 20, limit: 20 });
    expect(warning?.code).toBe('InvalidParameter.TaskNumMoreThanLimit');
    expect(t('en', warning!.key, warning!.params)).toContain('20 of its 20');
    expect(t('zh-CN', warning!.key, warning!.params)).toContain('20');
  });
});
