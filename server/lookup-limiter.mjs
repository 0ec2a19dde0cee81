/**
 * How often a client may look requests up: `POST requests/lookup` asks it before each lookup and
 * tells it how the lookup went.
 *
 *   const limiter = createLookupLimiter({ now });
 *   const refusal = limiter.admit(client, reference);   // undefined, or { retryAfterMs, scope }
 *   …
 *   limiter.failed(client, reference, { wrongProof: true });   // or limiter.succeeded(client, reference)
 *
 * Three limits, all per client (see client-address.mjs), so that nobody is ever refused because
 * of someone else's failures:
 *   - reference: wrong proofs for one reference from one client. A few are free (a citizen
 *     mistypes), then each one makes the client wait before the next, twice as long each time.
 *   - client: failed lookups of any reference (unknown reference or wrong proof) from one client,
 *     against someone trying many references; growing delays too.
 *   - budget: every lookup, successful or not, from one client (a token bucket), so that even
 *     lookups with right proofs, guessed from public data, cannot enumerate the requests.
 * A client's failures are forgotten after a quiet while. The numbers are in LOOKUP_LIMITS.
 *
 * The memory is bounded: every entry expires when it no longer limits anything (then it is
 * removed), and each table holds at most `maxEntries`, the least recently touched going first.
 * It lives in this process only: a restart forgets it, and several processes each count alone.
 */

/**
 * @typedef {object} Backoff growing delays after a number of failures
 * @property {number} free failures before the first delay
 * @property {number} firstDelayMs the delay after the `free`-th failure; each failure after it doubles it
 * @property {number} maxDelayMs the longest delay
 * @property {number} forgetAfterMs failures are forgotten this long after the last one, or after the end of its delay
 */
/**
 * @typedef {object} Budget a token bucket: `burst` lookups at once, then one every `refillMs`
 * @property {number} burst
 * @property {number} refillMs
 */
/**
 * @typedef {object} LookupLimits
 * @property {Backoff} reference wrong proofs for one reference from one client
 * @property {Backoff} client failed lookups from one client
 * @property {Budget} budget every lookup from one client
 * @property {number} maxEntries the most entries each table keeps
 */
/** @typedef {'reference' | 'client' | 'budget'} LimitScope */
/** @typedef {{ retryAfterMs: number, scope: LimitScope }} Refusal */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The reference server's limits. A citizen who mistypes gets 5 tries, then waits 15 minutes
 * (the first wait a lookup form tells about); a citizen's own lookups come nowhere near 30
 * failures or 60 lookups in a row. Someone guessing meets 15 min, 30 min, 1 h… up to a day per
 * guess on one reference, and at most one lookup every 10 seconds (8,640 a day) overall.
 * @type {Readonly<LookupLimits>}
 */
export const LOOKUP_LIMITS = Object.freeze({
  reference: { free: 5, firstDelayMs: 15 * MINUTE, maxDelayMs: 24 * HOUR, forgetAfterMs: HOUR },
  client: { free: 30, firstDelayMs: MINUTE, maxDelayMs: HOUR, forgetAfterMs: HOUR },
  budget: { burst: 60, refillMs: 10_000 },
  maxEntries: 20_000,
});

/** How often a table looks for expired entries (besides dropping them when they are read). */
const SWEEP_EVERY_MS = MINUTE;

/**
 * A Map whose entries expire, and which keeps at most `maxEntries`: inserting beyond that
 * evicts the tenth of them written least recently.
 * @template V
 */
export class ExpiringTable {
  /** @type {Map<string, { value: V, expiresAt: number }>} in the order of their last write */
  #entries = new Map();
  #maxEntries;
  #nextSweep = -Infinity;

  /** @param {number} maxEntries */
  constructor(maxEntries) {
    if (!(maxEntries >= 1)) throw new Error('maxEntries must be at least 1');
    this.#maxEntries = maxEntries;
  }

  /**
   * @param {string} key
   * @param {number} time
   * @returns {V | undefined}
   */
  get(key, time) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > time) return entry.value;
    this.#entries.delete(key);
    return undefined;
  }

  /**
   * @param {string} key
   * @param {V} value
   * @param {number} expiresAt
   * @param {number} time
   */
  set(key, value, expiresAt, time) {
    // Deleted first, so that the Map's order is the order of the last writes.
    this.#entries.delete(key);
    if (expiresAt > time) this.#entries.set(key, { value, expiresAt });
    this.sweep(time);
    if (this.#entries.size <= this.#maxEntries) return;
    // A tenth at once: a Map's iterator walks over the slots of deleted entries until it rehashes,
    // so evicting one at a time would cost a walk over all the evicted ones for each insert.
    const keep = this.#maxEntries - Math.floor(this.#maxEntries / 10);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= keep) break;
      this.#entries.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    this.#entries.delete(key);
  }

  /**
   * Drops the expired entries, at most once a minute unless `force`d (a pass reads them all).
   * @param {number} time
   * @param {boolean} [force]
   */
  sweep(time, force = false) {
    if (!force && time < this.#nextSweep) return;
    this.#nextSweep = time + SWEEP_EVERY_MS;
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= time) this.#entries.delete(key);
  }

  get size() {
    return this.#entries.size;
  }
}

/**
 * @param {object} [options]
 * @param {() => number} [options.now] the clock, in milliseconds
 * @param {LookupLimits} [options.limits]
 */
export function createLookupLimiter({ now = Date.now, limits = LOOKUP_LIMITS } = {}) {
  /** @type {ExpiringTable<{ count: number, blockedUntil: number }>} wrong proofs, by client and reference */
  const wrongProofs = new ExpiringTable(limits.maxEntries);
  /** @type {ExpiringTable<{ count: number, blockedUntil: number }>} failed lookups, by client */
  const failures = new ExpiringTable(limits.maxEntries);
  /** @type {ExpiringTable<{ tokens: number, at: number }>} lookups left, by client */
  const budgets = new ExpiringTable(limits.maxEntries);

  // A client key never holds a space (client-address.mjs), so this key is unambiguous.
  const pair = (/** @type {string} */ client, /** @type {string} */ reference) => `${client} ${reference}`;

  /**
   * The tokens of a client's bucket at `time` (a client never seen, or seen long ago, has all).
   * @param {string} client
   * @param {number} time
   */
  function tokens(client, time) {
    const bucket = budgets.get(client, time);
    if (!bucket) return limits.budget.burst;
    const refilled = Math.max(0, time - bucket.at) / limits.budget.refillMs;
    return Math.min(limits.budget.burst, bucket.tokens + refilled);
  }

  /**
   * One more failure in a backoff table.
   * @param {ExpiringTable<{ count: number, blockedUntil: number }>} table
   * @param {string} key
   * @param {Backoff} backoff
   * @param {number} time
   */
  function fail(table, key, backoff, time) {
    const count = (table.get(key, time)?.count ?? 0) + 1;
    const delay =
      count < backoff.free ? 0 : Math.min(backoff.maxDelayMs, backoff.firstDelayMs * 2 ** (count - backoff.free));
    const blockedUntil = time + delay;
    table.set(key, { count, blockedUntil }, blockedUntil + backoff.forgetAfterMs, time);
  }

  return {
    /**
     * Whether a lookup may go on now; when it may, it is taken from the client's budget. A
     * refusal says how long to wait: the longest of the limits that refuse.
     * @param {string} client
     * @param {string} reference normalised (upper case, trimmed)
     * @returns {Refusal | undefined}
     */
    admit(client, reference) {
      const time = now();
      const left = tokens(client, time);
      /** @type {Refusal[]} */
      const refusals = [];
      if (left < 1) refusals.push({ scope: 'budget', retryAfterMs: Math.ceil((1 - left) * limits.budget.refillMs) });
      const clientBlock = failures.get(client, time)?.blockedUntil ?? 0;
      if (clientBlock > time) refusals.push({ scope: 'client', retryAfterMs: clientBlock - time });
      const referenceBlock = wrongProofs.get(pair(client, reference), time)?.blockedUntil ?? 0;
      if (referenceBlock > time) refusals.push({ scope: 'reference', retryAfterMs: referenceBlock - time });
      if (refusals.length) return refusals.reduce((a, b) => (b.retryAfterMs > a.retryAfterMs ? b : a));
      const after = left - 1;
      budgets.set(
        client,
        { tokens: after, at: time },
        time + (limits.budget.burst - after) * limits.budget.refillMs,
        time,
      );
      return undefined;
    },

    /**
     * A lookup failed: an unknown reference, or (`wrongProof`) a wrong or missing proof.
     * @param {string} client
     * @param {string} reference
     * @param {{ wrongProof: boolean }} how
     */
    failed(client, reference, { wrongProof }) {
      const time = now();
      fail(failures, client, limits.client, time);
      if (wrongProof) fail(wrongProofs, pair(client, reference), limits.reference, time);
    },

    /**
     * A lookup succeeded: the client's wrong proofs for that reference are forgotten (not its
     * other failures, which a lookup of a request of its own must not wipe).
     * @param {string} client
     * @param {string} reference
     */
    succeeded(client, reference) {
      wrongProofs.delete(pair(client, reference));
    },

    /** The entries held, once the expired ones are dropped: for tests and monitoring. */
    size() {
      const time = now();
      for (const table of [wrongProofs, failures, budgets]) table.sweep(time, true);
      return { reference: wrongProofs.size, client: failures.size, budget: budgets.size };
    },
  };
}
