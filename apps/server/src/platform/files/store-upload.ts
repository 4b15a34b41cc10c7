import { createHash, randomUUID } from 'node:crypto';
import type { PlatformTables } from '../db/platform-tables.ts';
import { tablesOf, type WithTables } from '../../kernel/index.ts';
import { AppError } from '../../kernel/index.ts';
import { detectFileType, IMAGE_KINDS, MIME_TYPES, type FileKind } from './detect-file-type.ts';
import type { FileStorage } from './file-storage.ts';
import { presentFile, type PresentedFile } from './file-presenter.ts';
import { readPhotoMetadata } from './photo-metadata.ts';

export const fileErrors = {
  typeNotAllowed: (allowed: readonly FileKind[]) =>
    new AppError('FILE_TYPE_NOT_ALLOWED', 400, `Allowed file types: ${allowed.join(', ')}`, {
      field: 'file',
      allowed: [...allowed],
    }),
  tooLarge: (maxBytes: number) =>
    new AppError('FILE_TOO_LARGE', 413, `Files may be at most ${maxBytes} bytes`, {
      field: 'file',
      maxBytes,
    }),
  empty: () => new AppError('VALIDATION_FAILED', 400, 'file: the file is empty', { field: 'file' }),
};

export type StoreUploadOptions = {
  db: WithTables<PlatformTables>;
  storage: FileStorage;
  enterpriseId: string;
  uploadedBy: string | null;
  /** As the client named it; kept for display and download only, never trusted for the type. */
  filename: string;
  bytes: Uint8Array;
  /** The kinds this upload may be, checked against the content. */
  allowed: readonly FileKind[];
  maxBytes: number;
};

/**
 * Checks an upload by its content, stores the bytes, and records the file for its enterprise:
 * size and type first, then sha256 and, for photos, EXIF capture time and GPS position.
 */
export async function storeUpload(options: StoreUploadOptions): Promise<PresentedFile> {
  const { bytes } = options;
  if (bytes.length > options.maxBytes) throw fileErrors.tooLarge(options.maxBytes);
  if (bytes.length === 0) throw fileErrors.empty();
  const kind = detectFileType(bytes);
  if (kind === null || !options.allowed.includes(kind)) throw fileErrors.typeNotAllowed(options.allowed);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const metadata = IMAGE_KINDS.includes(kind)
    ? await readPhotoMetadata(bytes)
    : { capturedAt: null, gps: null };
  const id = randomUUID();
  // Tenant first, then a two-character fan-out so no directory grows past a few thousand entries.
  const storageKey = `${options.enterpriseId}/${id.slice(0, 2)}/${id}`;
  await options.storage.put(storageKey, bytes);
  try {
    const row = await tablesOf<PlatformTables>(options.db)
      .insertInto('files')
      .values({
        enterpriseId: options.enterpriseId,
        id,
        storageKey,
        originalName: cleanFilename(options.filename),
        mimeType: MIME_TYPES[kind],
        sizeBytes: bytes.length,
        sha256,
        capturedAt: metadata.capturedAt,
        gpsLat: metadata.gps?.lat ?? null,
        gpsLng: metadata.gps?.lng ?? null,
        uploadedBy: options.uploadedBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return presentFile(row);
  } catch (error) {
    // No row, no bytes: an orphan on disk would never be found or cleaned up.
    await options.storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

/** The last path segment, without control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return base.slice(-200) || 'file';
}
