// The reference server: the client's address, with and without trusted proxies (server/client-address.mjs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clientKey, createClientAddress, inBlock, parseAddress, parseBlock } from '../../server/client-address.mjs';

/** A request as the address function sees it: the socket's peer and the headers. */
const request = (remoteAddress, forwardedFor) => ({
  socket: { remoteAddress },
  headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
});

describe('client address', () => {
  test('addresses: IPv4, IPv6 with "::", embedded IPv4, zones, brackets and ports', () => {
    assert.equal(clientKey(parseAddress('203.0.113.7')), '203.0.113.7');
    assert.equal(clientKey(parseAddress('203.0.113.7:51234')), '203.0.113.7');
    assert.equal(clientKey(parseAddress('::ffff:203.0.113.7')), '203.0.113.7', 'IPv4-mapped');
    assert.equal(clientKey(parseAddress('::FFFF:cb00:7107')), '203.0.113.7', 'IPv4-mapped in hexadecimal');
    assert.equal(clientKey(parseAddress('2001:db8:1:2:3:4:5:6')), '2001:db8:1:2::/64');
    assert.equal(clientKey(parseAddress('[2001:db8:1:2::9]:443')), '2001:db8:1:2::/64');
    assert.equal(clientKey(parseAddress('fe80::1%eth0')), 'fe80:0:0:0::/64');
    assert.equal(clientKey(parseAddress('::1')), '0:0:0:0::/64');
    for (const garbage of ['', 'unknown', '1.2.3', '300.1.1.1', '2001:db8::1::2', 'evil.example', '1.2.3.4, 5.6.7.8'])
      assert.equal(parseAddress(garbage), undefined, garbage);
  });

  test('CIDR blocks of IPv4, IPv6 and IPv4-mapped addresses', () => {
    const ten = parseBlock('10.0.0.0/8');
    assert.ok(inBlock(ten, parseAddress('10.200.3.4')));
    assert.ok(inBlock(ten, parseAddress('::ffff:10.200.3.4')), 'an IPv4 block holds the mapped address');
    assert.ok(!inBlock(ten, parseAddress('11.0.0.1')));
    const mapped = parseBlock('::ffff:192.168.0.0/112');
    assert.ok(inBlock(mapped, parseAddress('192.168.7.7')));
    assert.ok(!inBlock(mapped, parseAddress('192.169.0.1')));
    const ula = parseBlock('fd00::/8');
    assert.ok(inBlock(ula, parseAddress('fd12:3456::1')));
    assert.ok(!inBlock(ula, parseAddress('fe80::1')));
    assert.ok(inBlock(parseBlock('172.16.0.0/12'), parseAddress('172.31.255.255')));
    assert.ok(!inBlock(parseBlock('172.16.0.0/12'), parseAddress('172.32.0.0')));
    assert.ok(inBlock(parseBlock('::1'), parseAddress('::1')));
    assert.ok(!inBlock(parseBlock('::1'), parseAddress('::2')));
    assert.ok(inBlock(parseBlock('0.0.0.0/0'), parseAddress('198.51.100.1')));
    for (const wrong of ['10.0.0.0/33', '::/129', '10.0.0.0/x', 'proxy.example', '10.0.0.0/8/8'])
      assert.throws(() => parseBlock(wrong), /Not an IP address or CIDR block/, wrong);
  });

  test('no trusted proxy: the socket address, whatever X-Forwarded-For says', () => {
    for (const setting of [undefined, '', '0', 0]) {
      const clientOf = createClientAddress(setting);
      assert.equal(clientOf(request('198.51.100.9', '203.0.113.1')), '198.51.100.9', String(setting));
      assert.equal(clientOf(request('::ffff:198.51.100.9')), '198.51.100.9');
    }
    assert.equal(createClientAddress(undefined)(request(undefined)), 'unknown');
  });

  test('hops: the entry the nearest trusted proxy appended; what the client wrote is not read', () => {
    const oneHop = createClientAddress('1');
    assert.equal(oneHop(request('127.0.0.1', '203.0.113.1')), '203.0.113.1');
    assert.equal(oneHop(request('127.0.0.1', '6.6.6.6, 203.0.113.1')), '203.0.113.1', 'a forged first entry');
    assert.equal(oneHop(request('127.0.0.1')), '127.0.0.1', 'no header: the proxy itself');
    assert.equal(oneHop(request('127.0.0.1', 'garbage')), '127.0.0.1', 'an entry that is no address');
    assert.equal(oneHop(request('::1', '2001:db8:5:6::1')), '2001:db8:5:6::/64');
    const twoHops = createClientAddress(2);
    assert.equal(twoHops(request('10.0.0.2', '6.6.6.6, 203.0.113.1, 10.0.0.1')), '203.0.113.1');
    assert.equal(twoHops(request('10.0.0.2', '10.0.0.1')), '10.0.0.1', 'fewer entries than hops: the leftmost');
  });

  test('addresses: the first untrusted address from the right', () => {
    const clientOf = createClientAddress('10.0.0.0/8, ::1, ::ffff:192.168.0.0/112');
    assert.equal(clientOf(request('10.0.0.2', '6.6.6.6, 203.0.113.1, 10.0.0.1')), '203.0.113.1');
    assert.equal(clientOf(request('::ffff:10.0.0.2', '203.0.113.1')), '203.0.113.1', 'a mapped socket address');
    assert.equal(clientOf(request('::1', '192.168.1.1, 2001:db8::7')), '2001:db8:0:0::/64');
    assert.equal(clientOf(request('192.168.3.3', '203.0.113.4')), '203.0.113.4');
    assert.equal(
      clientOf(request('198.51.100.9', '203.0.113.1')),
      '198.51.100.9',
      'a spoofed header from an untrusted peer is ignored',
    );
    assert.equal(clientOf(request('10.0.0.2', '10.0.0.1')), '10.0.0.1', 'all trusted: the leftmost');
    assert.throws(() => createClientAddress('10.0.0.0/8, proxy.internal'), /Not an IP address or CIDR block/);
  });
});
