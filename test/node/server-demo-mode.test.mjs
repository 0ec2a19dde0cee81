// The reference server: demo data only in demo mode (createApp({ demo }), env CIVIC_DEMO=1).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from '../../server/database.mjs';
import { DEMO_REQUESTS, DEMO_SESSION_TOKEN } from '../../server/seed.mjs';
import { catalog, newDatabaseFile, start, call, lookup, WAITING } from './server-harness.mjs';

const mine = (server) =>
  call(`${server.api}me/requests`, { headers: { authorization: `Bearer ${DEMO_SESSION_TOKEN}` } });

describe('demo mode', () => {
  test('without it, a new database holds the catalog and no demo request, citizen or session', async () => {
    const databaseFile = newDatabaseFile();
    const server = await start({ databaseFile, demo: false });
    try {
      assert.equal((await call(`${server.api}procedures`)).json.length, catalog.procedures.length);
      assert.equal((await mine(server)).status, 401, 'the demo token opens nothing');
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.email })).status, 404);
    } finally {
      await server.stop();
    }
    const database = await openDatabase(databaseFile, { catalog });
    try {
      for (const table of ['requests', 'request_events', 'citizens', 'sessions'])
        assert.equal(database.get(`SELECT count(*) AS n FROM ${table}`).n, 0, table);
    } finally {
      database.close();
    }
  });

  test('with it, the demo data is there, with the receipt codes stored without hyphens', async () => {
    const databaseFile = newDatabaseFile();
    const server = await start({ databaseFile, demo: true });
    try {
      assert.equal((await mine(server)).json.length, 4);
    } finally {
      await server.stop();
    }
    const database = await openDatabase(databaseFile, { catalog, demo: true });
    try {
      assert.equal(database.get('SELECT count(*) AS n FROM requests').n, DEMO_REQUESTS.length, 'not written twice');
      assert.equal(database.request('SA-2026-00412').receipt_code, 'K7QF2M9XPD4T');
      assert.equal(database.request('SA-2026-00421').receipt_code, 'R6NX2BHE5DMQ');
    } finally {
      database.close();
    }
  });

  test('a demo database started without demo mode loses the demo sessions, keeps the rest', async () => {
    const databaseFile = newDatabaseFile();
    (await openDatabase(databaseFile, { catalog, demo: true })).close();
    const server = await start({ databaseFile, demo: false });
    try {
      assert.equal((await mine(server)).status, 401);
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.email })).status, 200);
    } finally {
      await server.stop();
    }
  });
});
