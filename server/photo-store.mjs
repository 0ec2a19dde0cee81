/**
 * Photos (and any other uploaded file) on disk, named by the SHA-256 of their bytes: never in the
 * database, whose pages they would bloat and whose writes they would slow. The same photo sent twice
 * is stored once; a name can never point to other bytes.
 *
 * A photo is written to a temporary file of the same folder, fsynced, then renamed to its name, and
 * the folder fsynced: after a crash a photo is either whole under its name or absent, never half
 * written. Files are spread over 256 folders by the hash's first two characters.
 *
 *   const photos = createPhotoStore('/var/lib/civic/photos');
 *   const hash = await photos.put(bytes);   // store the hash in the database
 *   const same = await photos.get(hash);     // the bytes, or undefined
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

const HASH = /^[0-9a-f]{64}$/;

/** @param {Uint8Array} bytes */
export const photoHash = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Whether `hash` is a photo's name: 64 lower-case hexadecimal characters, nothing that could leave
 * the store's folder.
 * @param {unknown} hash
 * @returns {hash is string}
 */
export const isPhotoHash = (hash) => typeof hash === 'string' && HASH.test(hash);

/**
 * fsyncs a folder, which makes the names it holds durable.
 * @param {string} path
 */
async function sync(path) {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** @param {string} dir the store's folder, created when missing */
export function createPhotoStore(dir) {
  /** @param {string} hash */
  const folder = (hash) => join(dir, hash.slice(0, 2));
  /** @param {string} hash */
  const pathOf = (hash) => join(folder(hash), hash);

  /** @param {string} path */
  const exists = (path) =>
    stat(path).then(
      () => true,
      (/** @type {NodeJS.ErrnoException} */ error) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );

  return {
    /**
     * Stores the bytes; resolves with their hash once they are on the disk.
     * @param {Uint8Array} bytes
     * @returns {Promise<string>}
     */
    async put(bytes) {
      const hash = photoHash(bytes);
      const path = pathOf(hash);
      if (await exists(path)) return hash;
      await mkdir(folder(hash), { recursive: true });
      const temporary = join(folder(hash), `.${hash}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      // The rename is durable once the folder that holds the new name is.
      await sync(folder(hash));
      return hash;
    },

    /**
     * The bytes of a stored photo, or undefined when there is none of that hash (or the hash is not
     * one). Bytes that no longer match their hash (a damaged disk) are an error, never served.
     * @param {string} hash
     * @returns {Promise<Buffer | undefined>}
     */
    async get(hash) {
      if (!isPhotoHash(hash)) return undefined;
      let bytes;
      try {
        bytes = await readFile(pathOf(hash));
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
        throw error;
      }
      if (photoHash(bytes) !== hash) throw new Error(`The photo ${hash} is damaged on the disk (its bytes changed)`);
      return bytes;
    },

    /**
     * Whether a photo of that hash is stored.
     * @param {string} hash
     */
    has: (hash) => (isPhotoHash(hash) ? exists(pathOf(hash)) : Promise.resolve(false)),
  };
}

/** @typedef {ReturnType<typeof createPhotoStore>} PhotoStore */
