// A destination typed without its scheme, with the scheme mistyped, or with a slash after the stream key, and the
// other messages that quote a destination back (found by a probe, 2026-11-27): each is refused by name, as the
// destination (not a source), and quotes the key and any secret masked as the preview does.
import { describe, expect, it } from 'vitest';
import { parseRelayChanges } from '../../../src/core/command/index.js';
import { describeError, LOCALES } from '../../../src/core/i18n.js';
import type { RelayError } from '../../../src/core/errors.js';
import type { RelayRequest } from '../../../src/core/relay-request.js';
import { context, keys, rejected } from './helpers.js';

const F = 'https://cdn.example.com/show.mp4';

/** Every message of the errors, in every language. */
const messages = (errors: RelayError[]) => LOCALES.flatMap((locale) => errors.map((error) => describeError(locale, error)));

describe('a destination that is not a full URL', () => {
  it('is refused as the destination, its key and query values masked, and "to" is not read as a time', () => {
    const errors = rejected(`${F} to push.partner.com:1935/live/KEY9xyz?txSecret=TXSECRET77 tomorrow 8pm for 2h`);
    expect(errors).toEqual([
      {
        code: 'InvalidParameter.InvalidToUrl',
        field: 'ToUrl',
        key: 'parse.destinationWithoutScheme',
        params: { text: 'push.partner.com:1935/live/KE****?txSecret=****' },
      },
    ]);
    expect(keys(rejected(`${F} 转推到 push.partner.com/live/sub/KEY9xyz 明晚8点到10点`))).toEqual(['parse.destinationWithoutScheme']);
  });

  it.each([
    `${F} to push.partner.com/live/KEY9xyz?txSecret=TXSECRET77 tomorrow 8pm for 2h`,
    `${F} dst=push.partner.com/live/KEY9xyz?txSecret=TXSECRET77 tomorrow 8pm for 2h`,
    `推流 ${F} 到 push.partner.com/live/KEY9xyz?txSecret=TXSECRET77 明晚8点到10点`,
    `${F} 推流地址 push.partner.com/live/KEY9xyz?txSecret=TXSECRET77 明晚8点到10点`,
  ])('is refused by name with a query and no port, as the destination (the query had been words not understood): %s', (command) => {
    const errors = rejected(command);
    expect(errors).toEqual([expect.objectContaining({ field: 'ToUrl', key: 'parse.destinationWithoutScheme', params: { text: 'push.partner.com/live/KE****?txSecret=****' } })]);
  });

  it('says how to write a mistyped scheme, with the key masked', () => {
    for (const typo of ['rtmp:/', 'rtmp//', 'rtmp:']) {
      const errors = rejected(`${F} to ${typo}push.partner.com/live/KEY9xyz?txSecret=TXSECRET77 tomorrow 8pm for 2h`);
      expect(errors).toEqual([
        {
          code: 'InvalidParameter.InvalidToUrl',
          field: 'ToUrl',
          key: 'parse.mistypedScheme',
          params: { text: `${typo}push.partner.com/live/KE****?txSecret=****`, scheme: 'rtmp', fixed: 'rtmp://push.partner.com/live/KE****?txSecret=****' },
        },
      ]);
    }
  });

  it('refuses a push URL that ends with a slash, which names no stream, and masks the key before it', () => {
    const errors = rejected(`${F} to rtmp://push.partner.com/live/KEY9xyz/ tomorrow 8pm for 2h`);
    expect(errors).toEqual([
      { code: 'InvalidParameter.InvalidToUrl', field: 'ToUrl', key: 'validation.destination.trailingSlash', params: { url: 'rtmp://push.partner.com/live/KE****/' } },
    ]);
  });

  it('still calls a link without its scheme among the sources a source, and keeps a file name readable', () => {
    const errors = rejected(`cdn.example.com/2026-12-01/show.mp4 to live/x tomorrow 8pm for 2h`);
    expect(errors.find((error) => error.key === 'parse.linkWithoutScheme')).toEqual({
      code: 'InvalidParameter.InvalidSourceUrl',
      field: 'SourceUrls',
      key: 'parse.linkWithoutScheme',
      params: { text: 'cdn.example.com/2026-12-01/show.mp4' },
    });
  });
});

describe('other messages that quote a destination back', () => {
  it('mask the stream name when no default push domain is set', () => {
    const errors = rejected(`${F} to live/SECRETKEY1 tomorrow 8pm for 2h`, { defaultDomain: undefined });
    expect(errors).toEqual([{ code: 'InvalidParameter', field: 'DomainName', key: 'parse.noDefaultDomain', params: { path: 'live/SE****' } }]);
  });

  it('mask a stream name refused as too long', () => {
    const errors = rejected(`${F} to push.example.com/live/${'K'.repeat(130)}SECRETKEY1 tomorrow 8pm for 2h`);
    expect(keys(errors)).toEqual(['validation.destination.name']);
    for (const message of messages(errors)) expect(message).not.toContain('SECRETKEY1');
  });

  it('mask secret values in push arguments refused as malformed', () => {
    const errors = rejected(`${F} to live/x tomorrow 8pm for 2h push-args ?txSecret=TXSECRET77`);
    expect(keys(errors)).toEqual(['validation.pushArgs']);
    for (const message of messages(errors)) expect(message).not.toContain('TXSECRET77');
  });

  it('in an edit too', () => {
    const relay: RelayRequest = {
      SourceType: 'PullVodPushLive',
      SourceUrls: [F],
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'evening',
      StartTime: '2026-03-05T12:00:00Z',
      EndTime: '2026-03-05T14:00:00Z',
      Operator: 'alice',
    };
    const result = parseRelayChanges('to push.partner.com:1935/live/NEWKEY99?txSecret=TXSECRET77', context(), relay);
    expect(result.ok ? [] : result.error).toEqual([
      {
        code: 'InvalidParameter.InvalidToUrl',
        field: 'ToUrl',
        key: 'parse.destinationWithoutScheme',
        params: { text: 'push.partner.com:1935/live/NE****?txSecret=****' },
      },
    ]);
  });
});
