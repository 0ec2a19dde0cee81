// The reference server: slow clients and too many connections cannot hold its sockets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { createHttpServer, DEFAULT_SOCKET_LIMITS, limitsFromEnv } from '../../server/http-server.mjs';

async function listening(limits) {
  const server = createHttpServer((_req, res) => res.end('ok'), limits);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A raw connection that records what it receives and when it closes. */
async function rawClient(port) {
  const socket = connect(port, '127.0.0.1');
  const client = { socket, received: '', closed: once(socket, 'close') };
  socket.on('data', (chunk) => (client.received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  return client;
}

describe('socket limits', () => {
  test('a client sending its headers one byte at a time is dropped at the headers timeout', async () => {
    const server = await listening({ headersTimeoutMs: 300 });
    const client = await rawClient(server.port);
    try {
      const started = performance.now();
      client.socket.write('GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
      const trickle = setInterval(() => client.socket.writable && client.socket.write('a'), 20);
      await client.closed;
      clearInterval(trickle);
      const elapsed = performance.now() - started;
      assert.ok(elapsed >= 250 && elapsed < 1500, `dropped after ${elapsed.toFixed(0)} ms`);
      assert.match(client.received, /^HTTP\/1\.1 408 /);
    } finally {
      client.socket.destroy();
      await server.close();
    }
  });

  test('connections beyond the cap are closed at once, the others keep working', async () => {
    const server = await listening({ maxConnections: 2 });
    const clients = [await rawClient(server.port), await rawClient(server.port)];
    try {
      const third = await rawClient(server.port);
      await third.closed;
      assert.equal(third.received, '', 'nothing is answered beyond the cap');
      clients[0].socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
      while (!clients[0].received.includes('ok')) await once(clients[0].socket, 'data');
      assert.match(clients[0].received, /^HTTP\/1\.1 200 /);
    } finally {
      for (const client of clients) client.socket.destroy();
      await server.close();
    }
  });

  test('the limits are read from the environment, and a wrong value is refused by name', () => {
    assert.deepEqual(limitsFromEnv({}), { socket: {}, open311: {} });
    assert.deepEqual(
      limitsFromEnv({
        HEADERS_TIMEOUT_MS: '5000',
        MAX_CONNECTIONS: '64',
        OPEN311_TIMEOUT_MS: '2000',
        OPEN311_MAX_BYTES: '1048576',
      }),
      {
        socket: { headersTimeoutMs: 5000, maxConnections: 64 },
        open311: { timeoutMs: 2000, maxBytes: 1048576, maxDecodedBytes: 1048576 },
      },
    );
    assert.throws(() => limitsFromEnv({ REQUEST_TIMEOUT_MS: '30s' }), /REQUEST_TIMEOUT_MS must be a positive integer/);
    assert.throws(() => limitsFromEnv({ MAX_CONNECTIONS: '0' }), /MAX_CONNECTIONS/);
    assert.ok(
      DEFAULT_SOCKET_LIMITS.headersTimeoutMs <= 10_000,
      'a slow-header client is dropped within 10 s by default',
    );
  });
});
