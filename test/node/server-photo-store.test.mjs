// The reference server: photos in files named by their hash (server/photo-store.mjs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPhotoStore, photoHash } from '../../server/photo-store.mjs';
import { temporary } from './server-harness.mjs';

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 0xff, 0xd9]);

describe('the photo store', () => {
  test('stores bytes under their SHA-256 and reads them back by it', async () => {
    const dir = mkdtempSync(join(temporary, 'photos-'));
    const photos = createPhotoStore(dir);
    const hash = await photos.put(jpeg);
    assert.equal(hash, photoHash(jpeg));
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.deepEqual(await photos.get(hash), jpeg);
    assert.equal(await photos.has(hash), true);
    assert.deepEqual(readFileSync(join(dir, hash.slice(0, 2), hash)), jpeg, 'a plain file named by its hash');
  });

  test('the same photo twice is one file; no temporary file is left', async () => {
    const dir = mkdtempSync(join(temporary, 'photos-'));
    const photos = createPhotoStore(dir);
    const [a, b] = await Promise.all([photos.put(jpeg), photos.put(Buffer.from(jpeg))]);
    assert.equal(a, b);
    assert.deepEqual(readdirSync(join(dir, a.slice(0, 2))), [a]);
  });

  test('an unknown hash, or a name that is not a hash, reads as nothing', async () => {
    const photos = createPhotoStore(mkdtempSync(join(temporary, 'photos-')));
    assert.equal(await photos.get('0'.repeat(64)), undefined);
    assert.equal(await photos.has('0'.repeat(64)), false);
    for (const name of ['../secret.txt', '..', `${'a'.repeat(64)}/x`, 'A'.repeat(64), '']) {
      assert.equal(await photos.get(name), undefined, name);
      assert.equal(await photos.has(name), false, name);
    }
  });

  test('bytes changed on the disk are refused, never served under the hash', async () => {
    const dir = mkdtempSync(join(temporary, 'photos-'));
    const photos = createPhotoStore(dir);
    const hash = await photos.put(jpeg);
    writeFileSync(join(dir, hash.slice(0, 2), hash), Buffer.from('not the photo'));
    await assert.rejects(photos.get(hash), /damaged/);
  });
});
