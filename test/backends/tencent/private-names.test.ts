// A host NAME whose DNS record points at a private address (169.254.169.254, 10.x, ::1, fd00::) was sent on to
// Tencent CSS as it was: core refuses only literal addresses and internal names (no DNS there), and the Tencent
// backend resolved nothing, so the provider's fetcher could be aimed at its own metadata service or network. Each
// name is now resolved right before a create or a modify leaves, and refused when any of its addresses is private.
// The real backend and SDK against the stand-in on loopback; the DNS answers come from a table (names such as
// "media.attacker.example" resolve nowhere here), handed to the backend as its resolver.
import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../../../src/core/backend.js';
import { CodedError } from '../../../src/core/errors.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';

const DNS: Record<string, string[]> = {
  'media.attacker.example': ['169.254.169.254'],
  'push.attacker.example': ['10.0.0.5'],
  'loop.attacker.example': ['::1'],
  'ula.attacker.example': ['fd00::1'],
  'mapped.attacker.example': ['::ffff:127.0.0.1'],
  'mixed.attacker.example': ['8.8.8.8', '192.168.1.20'],
  'cdn.public.example': ['8.8.8.8', '2001:4860:4860::8888'],
  'push.public.example': ['1.1.1.1'],
};
const tableLookup = async (host: string): Promise<string[]> => {
  const found = DNS[host];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return found;
};

async function refusal(promise: Promise<unknown>): Promise<BackendError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BackendError);
  return error as BackendError;
}

describe('Tencent backend: host names that resolve to private addresses', () => {
  let h: Harness;
  afterEach(() => h.close());

  const creates = () => h.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask').length;

  it.each([
    ['a source', { SourceUrls: ['https://media.attacker.example/latest/meta-data.mp4'] }, 'InvalidParameter.InvalidSourceUrl', 'SourceUrls'],
    ['a push URL, its key masked', { ToUrl: 'rtmp://push.attacker.example/live/SECRETKEY123?txSecret=abcdef9q8w7e', DomainName: '', AppName: '', StreamName: '' }, 'InvalidParameter.InvalidToUrl', 'ToUrl'],
    ['a push domain', { DomainName: 'loop.attacker.example' }, 'InvalidParameter.InvalidToUrl', 'DomainName'],
    ['a backup source', { SourceType: 'PullLivePushLive', SourceUrls: ['rtmp://cdn.public.example/live/cam'], BackupSourceType: 'PullLivePushLive', BackupSourceUrl: 'rtmp://ula.attacker.example/live/cam' }, 'InvalidParameter.InvalidSourceUrl', 'BackupSourceUrl'],
    ['an IPv4-mapped loopback', { SourceUrls: ['https://mapped.attacker.example/a.mp4'] }, 'InvalidParameter.InvalidSourceUrl', 'SourceUrls'],
    ['a watermark with one private address among public ones', { WatermarkList: [{ PictureUrl: 'https://mixed.attacker.example/logo.png', XPosition: 5, YPosition: 5, Width: 10, Height: 0, Location: 0 }] }, 'InvalidParameter.InvalidWatermark', 'WatermarkList'],
  ] as const)('refuses %s before anything is sent', async (_what, fields, code, field) => {
    h = await startHarness({ backend: { lookup: tableLookup } });
    const error = await refusal(h.backend.create(relayRequest(fields as never)));
    expect(error.code).toBe(code);
    expect(error.cause).toBeInstanceOf(CodedError);
    expect((error.cause as CodedError).key).toBe('validation.url.privateAddress');
    expect((error.cause as CodedError).params).toMatchObject({ field });
    expect(JSON.stringify([error.message, (error.cause as CodedError).params])).not.toMatch(/SECRETKEY123|abcdef9q8w7e/);
    expect(creates()).toBe(0);
  });

  it('refuses a modify that moves the source to such a name, and sends nothing', async () => {
    h = await startHarness({ backend: { lookup: tableLookup } });
    const { providerTaskId } = await h.backend.create(relayRequest({ SourceUrls: ['https://cdn.public.example/a.mp4'], DomainName: 'push.public.example' }));
    const error = await refusal(h.backend.modify(providerTaskId, { SourceUrls: ['https://media.attacker.example/a.mp4'] }, 'alice'));
    expect(error.code).toBe('InvalidParameter.InvalidSourceUrl');
    expect(h.standin.requests.filter((r) => r.action === 'ModifyLivePullStreamTask')).toEqual([]);
  });

  it('sends on names with public addresses, names that do not resolve here, and anything when private networks are allowed', async () => {
    h = await startHarness({ backend: { lookup: tableLookup } });
    await h.backend.create(relayRequest({ SourceUrls: ['https://cdn.public.example/a.mp4'], DomainName: 'push.public.example' }));
    await h.backend.create(relayRequest({ SourceUrls: ['https://cdn.example.com/a.mp4'] }));
    expect(creates()).toBe(2);
    await h.close();
    h = await startHarness({ backend: { lookup: tableLookup, allowPrivateNetworks: true } });
    await h.backend.create(relayRequest({ SourceUrls: ['https://media.attacker.example/a.mp4'] }));
    expect(creates()).toBe(1);
  });
});
