import type { Selectable } from 'kysely';
import type { PlatformTables } from '../db/platform-tables.ts';

export type PresentedFile = {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  capturedAt: string | null;
  gps: { lat: number; lng: number } | null;
  createdAt: string;
};

/** A file row as the API shows it. */
export function presentFile(row: Selectable<PlatformTables['files']>): PresentedFile {
  return {
    id: row.id,
    originalName: row.originalName,
    mimeType: row.mimeType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
    capturedAt: row.capturedAt ? new Date(row.capturedAt).toISOString() : null,
    gps: row.gpsLat !== null && row.gpsLng !== null ? { lat: row.gpsLat, lng: row.gpsLng } : null,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
