// The host names of a create are resolved before it is sent (private-names.test.ts); a bot creating tasks in a row
// asks about the same few hosts, and each answer is reused for a minute instead of costing every create a resolver
// round trip (28 ms here for a name that does not resolve; up to the 2 s timeout where no resolver answers). A
// reused answer still refuses what it refused. Real backend and SDK against the stand-in on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { BackendError } from '../../../src/core/backend.js';
import { rememberedLookup } from '../../../src/backends/tencent/public-names.js';
import { relayRequest, startHarness, type Harness } from '../../support/tencent/harness.js';

const DNS: Record<string, string[]> = {
  'cdn.public.example': ['8.8.8.8'],
  'push.public.example': ['1.1.1.1'],
  'media.attacker.example': ['169.254.169.254'],
};

function countingLookup() {
  const asked: string[] = [];
  const lookup = async (host: string): Promise<string[]> => {
    asked.push(host);
    const found = DNS[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return found;
  };
  return { asked, lookup };
}

describe('Tencent backend: host names resolved once a minute, not once per create', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('asks the resolver about each host once for creates in a row, and still refuses a private answer every time', async () => {
    const { asked, lookup } = countingLookup();
    h = await startHarness({ backend: { lookup } });
    for (let i = 0; i < 3; i += 1) {
      await h.backend.create(relayRequest({ SourceUrls: ['https://cdn.public.example/a.mp4'], DomainName: 'push.public.example', StreamName: `s${i}` }));
      await h.backend.create(relayRequest({ SourceUrls: ['https://nowhere.public.example/a.mp4'], DomainName: 'push.public.example', StreamName: `n${i}` }));
    }
    for (let i = 0; i < 2; i += 1) {
      const error = await h.backend.create(relayRequest({ SourceUrls: ['https://media.attacker.example/a.mp4'] })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackendError);
    }
    expect(h.standin.requests.filter((r) => r.action === 'CreateLivePullStreamTask')).toHaveLength(6);
    expect(asked.sort()).toEqual(['cdn.public.example', 'media.attacker.example', 'nowhere.public.example', 'push.example.com', 'push.public.example']);
  });
});

describe('rememberedLookup', () => {
  it('asks again once a minute has passed, so a changed record is seen', async () => {
    const { asked, lookup } = countingLookup();
    let now = 0;
    const remembered = rememberedLookup(lookup, () => now);
    expect(await remembered('cdn.public.example')).toEqual(['8.8.8.8']);
    now = 59_000;
    await remembered('cdn.public.example');
    expect(asked).toEqual(['cdn.public.example']);
    DNS['cdn.public.example'] = ['10.0.0.9'];
    now = 60_001;
    expect(await remembered('cdn.public.example')).toEqual(['10.0.0.9']);
    expect(asked).toEqual(['cdn.public.example', 'cdn.public.example']);
    DNS['cdn.public.example'] = ['8.8.8.8'];
  });
});
