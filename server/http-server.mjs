/**
 * The HTTP server around the app, with limits on what a client can hold: time to send the
 * headers, time to send the whole request, an idle keep-alive connection's life, and the number
 * of connections. Node's defaults let a client that sends one header byte at a time hold a socket
 * for a minute or more (the checks run every 30 s); here they run every second.
 */
import { createServer } from 'node:http';

export const DEFAULT_SOCKET_LIMITS = Object.freeze({
  /** the request line and headers must arrive within this time (408 and closed beyond) */
  headersTimeoutMs: 10_000,
  /** the whole request, body included, must arrive within this time */
  requestTimeoutMs: 30_000,
  /** an idle keep-alive connection is closed after this time */
  keepAliveTimeoutMs: 5_000,
  /** connections beyond this number are closed at once */
  maxConnections: 500,
});

/** @typedef {{ headersTimeoutMs: number, requestTimeoutMs: number, keepAliveTimeoutMs: number, maxConnections: number }} SocketLimits */

/**
 * @param {import('node:http').RequestListener} listener
 * @param {Partial<SocketLimits>} [limits]
 */
export function createHttpServer(listener, limits = {}) {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs, maxConnections } = {
    ...DEFAULT_SOCKET_LIMITS,
    ...limits,
  };
  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      // Node refuses a request timeout shorter than the headers timeout.
      requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
      keepAliveTimeout: keepAliveTimeoutMs,
      // How often the timeouts above are checked: a tenth of the shortest, within [50 ms, 1 s].
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(headersTimeoutMs / 10))),
    },
    listener,
  );
  server.maxConnections = maxConnections;
  return server;
}

/** The environment variables of each limit, in milliseconds or a count. */
const ENV = {
  headersTimeoutMs: 'HEADERS_TIMEOUT_MS',
  requestTimeoutMs: 'REQUEST_TIMEOUT_MS',
  keepAliveTimeoutMs: 'KEEP_ALIVE_TIMEOUT_MS',
  maxConnections: 'MAX_CONNECTIONS',
  open311TimeoutMs: 'OPEN311_TIMEOUT_MS',
  open311MaxBytes: 'OPEN311_MAX_BYTES',
};

/**
 * The server's limits read from the environment: each a positive integer, or absent for the default.
 * Throws with the variable's name when one is not.
 * @param {Record<string, string | undefined>} env
 * @returns {{ socket: Partial<SocketLimits>, open311: Partial<import('./upstream-request.mjs').UpstreamLimits> }}
 */
export function limitsFromEnv(env) {
  /** @type {Record<string, number>} */
  const read = {};
  for (const [key, name] of Object.entries(ENV)) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`${name} must be a positive integer, not ${raw}`);
    read[key] = Number(raw);
  }
  const { open311TimeoutMs, open311MaxBytes, ...socket } = read;
  /** @type {Partial<import('./upstream-request.mjs').UpstreamLimits>} */
  const open311 = {};
  if (open311TimeoutMs) open311.timeoutMs = open311TimeoutMs;
  // One figure for the proxy's two caps: bytes on the wire and bytes decoded.
  if (open311MaxBytes) Object.assign(open311, { maxBytes: open311MaxBytes, maxDecodedBytes: open311MaxBytes });
  return { socket, open311 };
}
