// The reference server: the proofs a lookup asks (e-mail or receipt code; the postcode is refused).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createApp } from '../../server/app.mjs';
import { DEMO_REQUESTS } from '../../server/seed.mjs';
import {
  call,
  demo,
  demoDir,
  distDir,
  lookup,
  newDatabaseFile,
  serverLayout,
  start,
  WAITING,
} from './server-harness.mjs';

const CROCKFORD = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}$/;

describe('lookup proofs', () => {
  test('every demo request has its own receipt code: 12 characters of Crockford base32', () => {
    for (const r of DEMO_REQUESTS) assert.match(r.code, CROCKFORD, r.reference);
    assert.equal(new Set(DEMO_REQUESTS.map((r) => r.code)).size, DEMO_REQUESTS.length);
  });

  test('proof: "code" asks for the code of the receipt, with or without hyphens, spaces or case', async () => {
    const server = await start({ proof: 'code' });
    try {
      assert.equal((await call(`${server.api}request-lookup`)).json.proof, 'code');
      const code = WAITING.code; // K7QF-2M9X-PD4T
      for (const typed of [code, code.replaceAll('-', ''), code.toLowerCase(), ` ${code.replaceAll('-', ' ')} `]) {
        const answer = await lookup(server, { reference: WAITING.reference, proof: typed });
        assert.equal(answer.status, 200, typed);
        assert.ok(!answer.body.includes(code) && !answer.body.includes(code.replaceAll('-', '')), 'not in the answer');
      }
      const other = demo('SA-2026-00387');
      const oneOff = `${code.slice(0, -1)}${code.at(-1) === 'T' ? 'V' : 'T'}`;
      for (const wrong of [WAITING.email, oneOff, `${code}X`, code.slice(0, -1), other.code, '44190', '']) {
        assert.equal((await lookup(server, { reference: WAITING.reference, proof: wrong })).status, 403, wrong);
        // The right code in between, so that the wrong ones never add up to a delay.
        assert.equal((await lookup(server, { reference: WAITING.reference, proof: code })).status, 200);
      }
      assert.equal((await lookup(server, { reference: other.reference, proof: other.code })).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('proof: "email" (the default) does not take the receipt code', async () => {
    const server = await start();
    try {
      assert.equal((await call(`${server.api}request-lookup`)).json.proof, 'email');
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.code })).status, 403);
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.email })).status, 200);
    } finally {
      await server.stop();
    }
  });

  test('proof: "postcode" is refused at start, saying to use the code', () => {
    assert.throws(
      () => createApp({ databaseFile: newDatabaseFile(), demoDir, distDir, proof: 'postcode', log: () => {} }),
      /postcode proof is gone.*proof "code"/,
    );
    assert.throws(
      () => createApp({ databaseFile: newDatabaseFile(), demoDir, distDir, proof: 'phone', log: () => {} }),
      /proof must be one of email, code, not phone/,
    );
  });

  test('server.mjs stops at start on CIVIC_PROOF=postcode and on a TRUST_PROXY it cannot read', () => {
    const root = serverLayout(true);
    const run = (env) =>
      spawnSync(process.execPath, [join(root, 'server', 'server.mjs')], {
        encoding: 'utf8',
        env: { ...process.env, CIVIC_DATABASE: join(root, 'db.sqlite'), PORT: '0', ...env },
        timeout: 20_000,
      });
    const postcode = run({ CIVIC_PROOF: 'postcode' });
    assert.equal(postcode.status, 1);
    assert.match(postcode.stderr, /CIVIC_PROOF=postcode is no longer offered.*use CIVIC_PROOF=code/);
    const proxy = run({ TRUST_PROXY: '10.0.0.0/8, proxy.internal' });
    assert.equal(proxy.status, 1);
    assert.match(proxy.stderr, /TRUST_PROXY: Not an IP address or CIDR block: "proxy.internal"/);
  });
});
