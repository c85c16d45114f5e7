import { describe, expect, it } from 'vitest';
import { checkHost, isPublicAddress } from '../../../src/core/address-policy.js';

const strict = { allowPrivateNetworks: false };

describe('isPublicAddress', () => {
  it.each(['8.8.8.8', '1.1.1.1', '203.0.114.9', '2001:4860:4860::8888', '2400:cb00::1'])('accepts public %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '255.255.255.255', '224.0.0.1', '192.0.2.1', '198.51.100.7', '203.0.113.5', '198.18.0.1', '240.0.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:8.8.8.8',
    '::127.0.0.1', '64:ff9b::7f00:1', '2001:db8::1', '2002:7f00:1::1', '2001:0:4136:e378::1', 'fe80::1%eth0',
    'not-an-ip', '',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

describe('checkHost', () => {
  it.each([
    '127.0.0.1', '2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '127.1', '127.0.1', '017700000001',
    '[::1]', '[::ffff:7f00:1]', '[fe80::1]', '10.0.0.1.', '192.168.0.1', '169.254.169.254', '%31%32%37.0.0.1',
    '0', '999.1.1.1', '1.2.3.4.5', '08.1.1.1',
  ])('refuses the private or malformed literal %s', (host) => {
    expect(checkHost(host, strict)).toBe('private-address');
  });

  it.each([
    'localhost', 'LOCALHOST.', 'foo.localhost', 'printer.local', 'db.internal', 'metadata.google.internal',
    'router.home.arpa', 'nas.lan', 'intranet', 'metadata', 'metadata.tencentyun.com',
  ])('refuses the internal name %s', (host) => {
    expect(checkHost(host, strict)).toBe('internal-name');
  });

  it.each(['cdn.example.com', 'live.push.example.cn', '8.8.8.8', '[2001:4860:4860::8888]', '134744072', 'a1.b2-c.io'])(
    'accepts the public host %s',
    (host) => {
      expect(checkHost(host, strict)).toBe('ok');
    },
  );

  it('lets private literals and internal names through only when private networks are allowed', () => {
    const open = { allowPrivateNetworks: true };
    expect(checkHost('127.0.0.1', open)).toBe('ok');
    expect(checkHost('localhost', open)).toBe('ok');
    expect(checkHost('[::1]', open)).toBe('ok');
    expect(checkHost('999.1.1.1', open)).toBe('private-address');
  });
});
