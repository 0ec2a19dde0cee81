// The reference server: the lookup limiter (server/lookup-limiter.mjs), on a simulated clock.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLookupLimiter, ExpiringTable, LOOKUP_LIMITS } from '../../server/lookup-limiter.mjs';

const MINUTE = 60_000;
const REF = 'SA-2026-00455';

/** A limiter on a clock the test moves. */
function limiterAt(start = Date.parse('2026-11-23T10:00:00Z'), limits = LOOKUP_LIMITS) {
  const clock = { time: start };
  const limiter = createLookupLimiter({ now: () => clock.time, limits });
  return { clock, limiter };
}

/** `count` wrong proofs, each admitted first, as the API does. */
function wrongProofs(limiter, client, reference, count) {
  for (let i = 0; i < count; i++) {
    assert.equal(limiter.admit(client, reference), undefined, `wrong proof ${i + 1} is admitted`);
    limiter.failed(client, reference, { wrongProof: true });
  }
}

describe('lookup limiter', () => {
  test('the numbers a citizen is told about', () => {
    assert.deepEqual(LOOKUP_LIMITS.reference, {
      free: 5,
      firstDelayMs: 15 * MINUTE,
      maxDelayMs: 24 * 60 * MINUTE,
      forgetAfterMs: 60 * MINUTE,
    });
    assert.deepEqual(LOOKUP_LIMITS.client, {
      free: 30,
      firstDelayMs: MINUTE,
      maxDelayMs: 60 * MINUTE,
      forgetAfterMs: 60 * MINUTE,
    });
    assert.deepEqual(LOOKUP_LIMITS.budget, { burst: 60, refillMs: 10_000 });
  });

  test("per (reference, client): 5 free wrong proofs, then 15 min, 30 min, 1 h…; another client's are not counted", () => {
    const { clock, limiter } = limiterAt();
    wrongProofs(limiter, 'attacker', REF, 5);
    assert.deepEqual(limiter.admit('attacker', REF), { scope: 'reference', retryAfterMs: 15 * MINUTE });
    assert.equal(limiter.admit('citizen', REF), undefined, 'the same reference from another client');
    assert.equal(limiter.admit('attacker', 'SA-2026-00001'), undefined, 'another reference from the same client');

    const delays = [];
    for (let i = 0; i < 4; i++) {
      const refusal = limiter.admit('attacker', REF);
      delays.push(refusal.retryAfterMs);
      clock.time += refusal.retryAfterMs - 1;
      assert.equal(limiter.admit('attacker', REF)?.retryAfterMs, 1, 'one millisecond before the end');
      clock.time += 1;
      wrongProofs(limiter, 'attacker', REF, 1);
    }
    assert.deepEqual(
      delays.map((ms) => ms / MINUTE),
      [15, 30, 60, 120],
    );
    assert.equal(limiter.admit('attacker', REF).retryAfterMs, 240 * MINUTE, 'and it goes on doubling');
  });

  test('the delays stop growing at a day', () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 20; i++) {
      clock.time += limiter.admit('attacker', REF)?.retryAfterMs ?? 0;
      wrongProofs(limiter, 'attacker', REF, 1);
    }
    assert.equal(limiter.admit('attacker', REF).retryAfterMs, 24 * 60 * MINUTE);
  });

  test('wrong proofs are forgotten an hour after the delay is over, or at the first right one', () => {
    const { clock, limiter } = limiterAt();
    wrongProofs(limiter, 'citizen', REF, 5);
    clock.time += 15 * MINUTE + 60 * MINUTE - 1;
    wrongProofs(limiter, 'citizen', REF, 1);
    assert.equal(limiter.admit('citizen', REF).retryAfterMs, 30 * MINUTE, 'not yet forgotten: the delay doubles');

    clock.time += 30 * MINUTE + 60 * MINUTE;
    wrongProofs(limiter, 'citizen', REF, 4);
    assert.equal(limiter.admit('citizen', REF), undefined, 'forgotten: 4 wrong proofs are free again');
    limiter.succeeded('citizen', REF);
    wrongProofs(limiter, 'citizen', REF, 4);
    assert.equal(limiter.admit('citizen', REF), undefined, 'a right proof wipes the wrong ones before it');
  });

  test('per client: 30 failed lookups of any references, then 1 min, 2 min…, at most an hour', () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 30; i++) {
      assert.equal(limiter.admit('prober', `SA-2026-${i}`), undefined, `lookup ${i + 1}`);
      limiter.failed('prober', `SA-2026-${i}`, { wrongProof: false });
    }
    assert.deepEqual(limiter.admit('prober', 'SA-2026-99999'), { scope: 'client', retryAfterMs: MINUTE });
    assert.equal(limiter.admit('neighbour', 'SA-2026-99999'), undefined, 'another client is not concerned');
    const delays = [];
    for (let i = 0; i < 8; i++) {
      const { retryAfterMs } = limiter.admit('prober', 'SA-2026-99999');
      delays.push(retryAfterMs / MINUTE);
      clock.time += retryAfterMs;
      assert.equal(limiter.admit('prober', 'SA-2026-99999'), undefined);
      limiter.failed('prober', 'SA-2026-99999', { wrongProof: false });
    }
    assert.deepEqual(delays, [1, 2, 4, 8, 16, 32, 60, 60]);
  });

  test('the budget counts every lookup, successes too: 60 at once, then one every 10 seconds', () => {
    const { clock, limiter } = limiterAt();
    for (let i = 0; i < 60; i++) {
      assert.equal(limiter.admit('reader', `SA-2026-${i}`), undefined, `lookup ${i + 1}`);
      limiter.succeeded('reader', `SA-2026-${i}`);
    }
    assert.deepEqual(limiter.admit('reader', 'SA-2026-61'), { scope: 'budget', retryAfterMs: 10_000 });
    assert.equal(limiter.admit('other', 'SA-2026-61'), undefined, 'another client has its own budget');
    clock.time += 9_999;
    assert.equal(limiter.admit('reader', 'SA-2026-61').retryAfterMs, 1);
    clock.time += 1;
    assert.equal(limiter.admit('reader', 'SA-2026-61'), undefined, 'one more after 10 seconds');
    assert.equal(limiter.admit('reader', 'SA-2026-62').scope, 'budget', 'and only one');
    // An hour of steady lookups: 360 of them, and no more.
    let admitted = 0;
    for (let second = 0; second < 3600; second++) {
      clock.time += 1000;
      if (!limiter.admit('reader', 'SA-2026-61')) admitted++;
    }
    assert.equal(admitted, 360);
  });

  test('a refusal is not taken from the budget, and says the longest wait', () => {
    const { clock, limiter } = limiterAt();
    wrongProofs(limiter, 'client', REF, 5);
    for (let i = 0; i < 100; i++) assert.equal(limiter.admit('client', REF).scope, 'reference');
    for (let i = 0; i < 55; i++) assert.equal(limiter.admit('client', `SA-2026-${i}`), undefined, `other ${i + 1}`);
    const refusal = limiter.admit('client', REF);
    assert.deepEqual(refusal, { scope: 'reference', retryAfterMs: 15 * MINUTE }, 'the longer of two refusals');
    clock.time += 15 * MINUTE;
    assert.equal(limiter.admit('client', REF), undefined, 'the budget has refilled meanwhile');
  });

  test('entries expire when their window is over', () => {
    const { clock, limiter } = limiterAt();
    wrongProofs(limiter, 'a', REF, 5);
    limiter.admit('b', REF);
    assert.deepEqual(limiter.size(), { reference: 1, client: 1, budget: 2 });
    clock.time += 60 * 10_000;
    assert.deepEqual(limiter.size(), { reference: 1, client: 1, budget: 0 }, 'the buckets are full again');
    clock.time += 15 * MINUTE + 60 * MINUTE;
    assert.deepEqual(limiter.size(), { reference: 0, client: 0, budget: 0 }, 'the failures are forgotten');
  });

  test('100,000 distinct clients: each table stays within its cap, and keeps the newest', () => {
    const limits = { ...LOOKUP_LIMITS, maxEntries: 10_000 };
    const { limiter } = limiterAt(Date.parse('2026-11-23T10:00:00Z'), limits);
    for (let i = 0; i < 100_000; i++) {
      const client = `198.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      assert.equal(limiter.admit(client, REF), undefined);
      limiter.failed(client, REF, { wrongProof: true });
    }
    for (const [table, size] of Object.entries(limiter.size()))
      assert.ok(size > 9_000 && size <= 10_000, `${table}: ${size} entries`);
    wrongProofs(limiter, '198.1.134.159', REF, 4); // the 100,000th client: its 5th wrong proof
    assert.equal(limiter.admit('198.1.134.159', REF).scope, 'reference', 'the newest entries are kept');
  });

  test('the default cap: 100,000 clients in at most 20,000 entries per table', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 100_000; i++) limiter.admit(`c${i}`, REF);
    const { budget } = limiter.size();
    assert.ok(budget > 18_000 && budget <= LOOKUP_LIMITS.maxEntries, `${budget} entries`);
  });

  test('the table evicts the least recently written entries', () => {
    const table = new ExpiringTable(2);
    table.set('a', 1, 100, 0);
    table.set('b', 2, 100, 0);
    table.set('a', 3, 100, 0);
    table.set('c', 4, 100, 0);
    assert.equal(table.get('b', 0), undefined, 'b was written least recently');
    assert.equal(table.get('a', 0), 3);
    assert.equal(table.get('c', 99), 4);
    assert.equal(table.get('c', 100), undefined, 'expired');
    assert.equal(table.size, 1);
    assert.throws(() => new ExpiringTable(0), /maxEntries/);
  });
});
