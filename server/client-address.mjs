/**
 * Who is calling: the address the lookup limits count by.
 *
 *   const clientOf = createClientAddress(process.env.TRUST_PROXY);
 *   clientOf(req)   // "203.0.113.7", or "2001:db8:1:2::/64" for an IPv6 client
 *
 * Without a trusted proxy, the client is the connection's address and `X-Forwarded-For` is
 * ignored: anyone can write that header. Behind reverse proxies, `trustProxy` says which entries
 * of it to believe, either
 *   - a number of hops: 1 when one proxy (nginx, a load balancer) stands before the server, whose
 *     last `X-Forwarded-For` entry is then the client; or
 *   - the proxies' addresses or CIDR blocks, comma-separated ("10.0.0.0/8, ::1"): the client is
 *     the first address, from the right, that is not one of them.
 * Entries left of the client's were written by the client itself and are never read.
 *
 * An IPv6 client is counted by its /64 block: one subscriber holds a whole /64 and could otherwise
 * take a new address for every attempt. IPv4-mapped IPv6 addresses ("::ffff:192.0.2.1") are read
 * as the IPv4 address they carry.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** @typedef {import('node:http').IncomingMessage} Request */
/** A parsed address: 16 bytes, an IPv4 address being stored IPv4-mapped (::ffff:a.b.c.d). */
/** @typedef {Uint8Array} Address */
/** @typedef {{ base: Address, bits: number }} Block */

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/**
 * The 16 bytes of an IPv4 or IPv6 address (with or without a zone, brackets or port), or
 * undefined when it is not one.
 * @param {string} text
 * @returns {Address | undefined}
 */
export function parseAddress(text) {
  let value = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(':'));
  value = value.replace(/%.*$/, '');
  if (isIPv4(value)) return Uint8Array.from([...MAPPED_PREFIX, ...value.split('.').map(Number)]);
  if (!isIPv6(value)) return undefined;
  // An IPv6 address may end with an IPv4 one ("::ffff:192.0.2.1"): as two groups of 16 bits.
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (tail) {
    const [a, b, c, d] = tail[1].split('.').map(Number);
    value = `${value.slice(0, -tail[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = value.includes('::') ? value.split('::') : [value, undefined];
  const groups = (/** @type {string} */ part) => (part ? part.split(':').map((g) => Number.parseInt(g, 16)) : []);
  const left = groups(head);
  const right = rest === undefined ? [] : groups(rest);
  /** @type {number[]} the groups "::" stands for */
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => 0);
  const all = [...left, ...zeros, ...right];
  return Uint8Array.from(all.flatMap((g) => [g >> 8, g & 0xff]));
}

/** @param {Address} address */
const isMapped = (address) => MAPPED_PREFIX.every((byte, i) => address[i] === byte);

/**
 * The address as the limits count it: an IPv4 address (mapped or not) as "a.b.c.d", an IPv6 one
 * as its /64 block, "2001:db8:0:1::/64".
 * @param {Address} address
 */
export function clientKey(address) {
  if (isMapped(address)) return address.slice(12).join('.');
  const groups = [];
  for (let i = 0; i < 8; i += 2) groups.push(((address[i] << 8) | address[i + 1]).toString(16));
  return `${groups.join(':')}::/64`;
}

/**
 * An address or CIDR block ("10.0.0.0/8", "fd00::/8", "::ffff:10.0.0.0/104", "192.0.2.1"); throws
 * when it is neither.
 * @param {string} text
 * @returns {Block}
 */
export function parseBlock(text) {
  const [address, prefix, extra] = text.trim().split('/');
  const base = parseAddress(address);
  const ipv4 = isIPv4(address.trim());
  const max = ipv4 ? 32 : 128;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!base || extra !== undefined || !(bits >= 0 && bits <= max))
    throw new Error(`Not an IP address or CIDR block: "${text.trim()}"`);
  return { base, bits: ipv4 ? bits + 96 : bits };
}

/**
 * @param {Block} block
 * @param {Address} address
 */
export function inBlock({ base, bits }, address) {
  for (let i = 0; i < 16; i++) {
    const mask = bits >= (i + 1) * 8 ? 0xff : bits <= i * 8 ? 0 : (0xff << (8 - (bits - i * 8))) & 0xff;
    if ((base[i] & mask) !== (address[i] & mask)) return false;
  }
  return true;
}

/**
 * Reads the `TRUST_PROXY` setting: nothing, "" or 0 (trust no proxy), a number of hops, or a
 * comma-separated list of addresses and CIDR blocks. Throws on anything else.
 * @param {string | number | undefined} setting
 * @returns {{ hops: number } | { blocks: Block[] }}
 */
export function parseTrustProxy(setting) {
  const text = String(setting ?? '').trim();
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  if (!text) return { hops: 0 };
  return {
    blocks: text
      .split(',')
      .filter((part) => part.trim())
      .map(parseBlock),
  };
}

/**
 * The function that tells the client of a request (see the module's comment).
 * @param {string | number | undefined} trustProxy
 * @returns {(req: Request) => string}
 */
export function createClientAddress(trustProxy) {
  const trust = parseTrustProxy(trustProxy);
  return (req) => {
    const socket = parseAddress(req.socket?.remoteAddress ?? '');
    // A request whose socket is gone has no address: all such requests count as one client.
    if (!socket) return 'unknown';
    if ('hops' in trust && trust.hops === 0) return clientKey(socket);
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // From the nearest hop outwards: the socket's peer, then the entries the proxies appended.
    let client = socket;
    for (let hop = 1; ; hop++) {
      const trusted = 'hops' in trust ? hop <= trust.hops : trust.blocks.some((block) => inBlock(block, client));
      const entry = forwarded.at(-hop);
      if (!trusted || entry === undefined) break;
      const next = parseAddress(entry);
      // A trusted proxy never writes garbage: if something is there, the last good address stands.
      if (!next) break;
      client = next;
    }
    return clientKey(client);
  };
}
