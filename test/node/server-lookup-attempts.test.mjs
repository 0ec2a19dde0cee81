// The reference server: lookup attempts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertConforms, start, lookup, demo, WAITING } from './server-harness.mjs';

describe('lookup attempts', () => {
  test('after 5 wrong proofs within 15 minutes: 429 with Retry-After, until the oldest is 15 minutes old', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const server = await start({ now: () => clock });
    try {
      const r = demo('SA-2026-00455');
      for (let i = 1; i <= 5; i++) {
        const answer = await lookup(server, { reference: r.reference, proof: `guess-${i}@example.org` });
        assert.equal(answer.status, 403, `attempt ${i}`);
        clock += 60_000; // one a minute
      }
      // 5 minutes after the first: the 6th attempt is refused, even with the right proof.
      const refused = await lookup(server, { reference: r.reference.toLowerCase(), proof: r.email });
      assert.equal(refused.status, 429);
      await assertConforms(refused, '/requests/lookup', 'POST');
      assert.equal(refused.json.code, 'too-many-attempts');
      assert.equal(
        refused.headers.get('retry-after'),
        String(10 * 60),
        'the first wrong proof is 15 minutes old in 10 minutes',
      );
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      assert.ok(!refused.body.includes(r.reference));

      const other = await lookup(server, { reference: WAITING.reference, proof: WAITING.email });
      assert.equal(other.status, 200, 'other references are not limited');

      clock += 10 * 60_000 - 1000;
      assert.equal((await lookup(server, { reference: r.reference, proof: r.email })).status, 429, 'one second before');
      clock += 1000;
      assert.equal(
        (await lookup(server, { reference: r.reference, proof: r.email })).status,
        200,
        'once the oldest wrong proof is 15 minutes old',
      );
    } finally {
      await server.stop();
    }
  });
});
