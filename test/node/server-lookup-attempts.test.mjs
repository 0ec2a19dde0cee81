// The reference server: lookup limits over HTTP, per client, on a simulated clock. Clients are
// told apart by their real socket address (127.0.0.2, 127.0.0.3… all reach the loopback server)
// or, behind a trusted proxy, by X-Forwarded-For.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { assertConforms, start, demo, WAITING } from './server-harness.mjs';

const MINUTE = 60_000;
const ATTACKER = '127.0.0.2';
const CITIZEN = '127.0.0.3';

/**
 * POST requests/lookup from `from` (a loopback address), with an X-Forwarded-For header when
 * `forwardedFor` is given; the answer as the harness's `call` gives it.
 */
function lookupFrom(server, body, { from = '127.0.0.1', forwardedFor } = {}) {
  const url = new URL(`${server.api}requests/lookup`);
  const headers = { 'content-type': 'application/json' };
  if (forwardedFor !== undefined) headers['x-forwarded-for'] = forwardedFor;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, localAddress: from },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(res.headers)) answerHeaders.set(name, String(value));
          resolve({
            status: res.statusCode,
            headers: answerHeaders,
            body: text,
            json: text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** A server on a clock the test moves. */
async function startAt(options = {}) {
  const clock = { time: Date.parse('2026-11-23T10:00:00Z') };
  const server = await start({ now: () => clock.time, ...options });
  return { clock, server };
}

describe('lookup limits', () => {
  test("a stranger's wrong proofs never keep the rightful citizen out", async () => {
    const { server } = await startAt();
    try {
      const r = demo('SA-2026-00455');
      for (let i = 1; i <= 5; i++) {
        const answer = await lookupFrom(
          server,
          { reference: r.reference, proof: `guess-${i}@example.org` },
          { from: ATTACKER },
        );
        assert.equal(answer.status, 403, `wrong proof ${i}`);
      }
      const refused = await lookupFrom(
        server,
        { reference: r.reference.toLowerCase(), proof: r.email },
        { from: ATTACKER },
      );
      assert.equal(refused.status, 429, 'the attacker waits, even with the right proof');
      await assertConforms(refused, '/requests/lookup', 'POST');
      assert.equal(refused.json.code, 'too-many-attempts');
      assert.equal(refused.headers.get('retry-after'), String(15 * 60));
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      assert.ok(!refused.body.includes(r.reference) && !refused.body.includes(r.email));

      const citizen = await lookupFrom(server, { reference: r.reference, proof: r.email }, { from: CITIZEN });
      assert.equal(citizen.status, 200, 'the citizen, from another address, gets through at once');
      assert.equal(citizen.json.reference, r.reference);
      const wrongOnce = await lookupFrom(
        server,
        { reference: r.reference, proof: 'typo@example.org' },
        { from: CITIZEN },
      );
      assert.equal(wrongOnce.status, 403, "the citizen's own typo is a wrong proof, not a delay");
      const other = await lookupFrom(
        server,
        { reference: WAITING.reference, proof: WAITING.email },
        { from: ATTACKER },
      );
      assert.equal(other.status, 200, "the attacker's lookups of other references go on");
    } finally {
      await server.stop();
    }
  });

  test('per (reference, client): the delays grow, 15 then 30 minutes, and are forgotten an hour later', async () => {
    const { clock, server } = await startAt();
    try {
      const r = demo('SA-2026-00468');
      const wrong = () =>
        lookupFrom(server, { reference: r.reference, proof: 'guess@example.org' }, { from: ATTACKER });
      const right = () => lookupFrom(server, { reference: r.reference, proof: r.email }, { from: ATTACKER });
      for (let i = 0; i < 5; i++) assert.equal((await wrong()).status, 403);
      assert.equal((await right()).headers.get('retry-after'), '900');
      clock.time += 15 * MINUTE - 1000;
      assert.equal((await right()).headers.get('retry-after'), '1', 'one second before the end');
      clock.time += 1000;
      assert.equal((await wrong()).status, 403, 'one more guess once the delay is over');
      assert.equal((await right()).headers.get('retry-after'), '1800', 'and the next delay is twice as long');
      clock.time += 30 * MINUTE + 60 * MINUTE;
      for (let i = 0; i < 4; i++) assert.equal((await wrong()).status, 403, 'an hour later, the guesses are forgotten');
      assert.equal((await right()).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('per client: 30 failed lookups of any references, then a minute to wait', async () => {
    const { clock, server } = await startAt();
    try {
      for (let i = 0; i < 30; i++) {
        const reference = `SA-2026-9${String(i).padStart(4, '0')}`;
        const answer = await lookupFrom(server, { reference, proof: 'x@example.org' }, { from: ATTACKER });
        assert.equal(answer.status, 404, reference);
      }
      const refused = await lookupFrom(
        server,
        { reference: WAITING.reference, proof: WAITING.email },
        { from: ATTACKER },
      );
      assert.equal(refused.status, 429);
      assert.equal(refused.headers.get('retry-after'), '60');
      assert.match(refused.json.detail, /failed lookups from this client/);
      const citizen = await lookupFrom(
        server,
        { reference: WAITING.reference, proof: WAITING.email },
        { from: CITIZEN },
      );
      assert.equal(citizen.status, 200);
      clock.time += MINUTE;
      assert.equal(
        (await lookupFrom(server, { reference: WAITING.reference, proof: WAITING.email }, { from: ATTACKER })).status,
        200,
      );
    } finally {
      await server.stop();
    }
  });

  test('the budget counts successful lookups too: 60 at once, then one every 10 seconds', async () => {
    const { clock, server } = await startAt();
    try {
      const right = (from) => lookupFrom(server, { reference: WAITING.reference, proof: WAITING.email }, { from });
      for (let i = 1; i <= 60; i++) assert.equal((await right(ATTACKER)).status, 200, `lookup ${i}`);
      const refused = await right(ATTACKER);
      assert.equal(refused.status, 429, 'the 61st, with a right proof');
      assert.equal(refused.headers.get('retry-after'), '10');
      assert.match(refused.json.detail, /^Too many lookups from this client/);
      assert.equal((await right(CITIZEN)).status, 200, 'another client has its own budget');
      clock.time += 10_000;
      assert.equal((await right(ATTACKER)).status, 200);
      assert.equal((await right(ATTACKER)).status, 429);
    } finally {
      await server.stop();
    }
  });

  test('TRUST_PROXY=1: two citizens behind the same proxy are told apart, whatever they forge', async () => {
    const { server } = await startAt({ trustProxy: '1' });
    try {
      const r = demo('SA-2026-00201');
      // The proxy (127.0.0.1) appends the address it sees to what the client sent.
      for (let i = 0; i < 5; i++) {
        const forwardedFor = `198.51.100.${i}, 203.0.113.66`; // the attacker forges a different first entry each time
        const answer = await lookupFrom(
          server,
          { reference: r.reference, proof: 'guess@example.org' },
          { forwardedFor },
        );
        assert.equal(answer.status, 403);
      }
      const attacker = await lookupFrom(
        server,
        { reference: r.reference, proof: r.email },
        { forwardedFor: '203.0.113.66' },
      );
      assert.equal(attacker.status, 429, 'the attacker is one client, whatever it forges');
      const citizen = await lookupFrom(
        server,
        { reference: r.reference, proof: r.email },
        { forwardedFor: '203.0.113.7' },
      );
      assert.equal(citizen.status, 200, 'the citizen behind the same proxy is another client');
      const posing = await lookupFrom(
        server,
        { reference: r.reference, proof: r.email },
        { forwardedFor: '203.0.113.7, 203.0.113.66' },
      );
      assert.equal(posing.status, 429, "posing as the citizen's address does not help");
    } finally {
      await server.stop();
    }
  });

  test('without TRUST_PROXY, a forged X-Forwarded-For changes nothing', async () => {
    const { server } = await startAt();
    try {
      const r = demo('SA-2026-00201');
      for (let i = 0; i < 5; i++) {
        const answer = await lookupFrom(
          server,
          { reference: r.reference, proof: 'guess@example.org' },
          { from: ATTACKER, forwardedFor: `198.51.100.${i}` },
        );
        assert.equal(answer.status, 403);
      }
      const refused = await lookupFrom(
        server,
        { reference: r.reference, proof: r.email },
        { from: ATTACKER, forwardedFor: '203.0.113.250' },
      );
      assert.equal(refused.status, 429, 'still the same client: its socket address');
      const citizen = await lookupFrom(
        server,
        { reference: r.reference, proof: r.email },
        { from: CITIZEN, forwardedFor: '127.0.0.2' },
      );
      assert.equal(citizen.status, 200, "nor does it make a citizen the attacker's twin");
    } finally {
      await server.stop();
    }
  });
});
