import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where file bytes live. Local disk by default; an S3-compatible store implements the same three
 * calls. Keys are opaque to callers and chosen by storeUpload.
 */
export type FileStorage = {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** Throws FileMissingError when nothing is stored under the key. */
  get(key: string): Promise<Readable>;
  /** Removing a missing key is not an error. */
  delete(key: string): Promise<void>;
};

export class FileMissingError extends Error {}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9_.-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)*$/;

/** Files under `root` (DATA_DIR/files), one path per key. */
export function createLocalFileStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string) => {
    // Keys are ours, but a path must never escape the root whatever a future caller passes.
    if (!SAFE_KEY.test(key) || key.split('/').includes('..')) throw new Error(`Unsafe storage key ${key}`);
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error(`Unsafe storage key ${key}`);
    return path;
  };
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = join(dirname(path), `.${randomUUID()}.tmp`);
      await writeFile(temp, bytes);
      await rename(temp, path);
    },
    async get(key) {
      const path = pathOf(key);
      try {
        await stat(path);
      } catch {
        throw new FileMissingError(`No stored file ${key}`);
      }
      return createReadStream(path);
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
