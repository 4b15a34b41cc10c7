import exifr from 'exifr';
import { z } from 'zod';

export type PhotoMetadata = { capturedAt: Date | null; gps: { lat: number; lng: number } | null };

const exifFields = z
  .object({
    DateTimeOriginal: z.string().optional(),
    CreateDate: z.string().optional(),
    OffsetTimeOriginal: z.string().optional(),
    latitude: z.number().optional(),
    longitude: z.number().optional(),
  })
  .loose();

const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Capture time and position from a photo's EXIF, the evidence a site photo carries. Metadata that
 * is missing or unreadable gives nulls: a photo without EXIF is still a photo.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let raw: unknown;
  try {
    // reviveValues off: exifr would build the date in the server's time zone, which is not the camera's.
    raw = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      pick: [
        'DateTimeOriginal',
        'CreateDate',
        'OffsetTimeOriginal',
        'GPSLatitude',
        'GPSLatitudeRef',
        'GPSLongitude',
        'GPSLongitudeRef',
      ],
      gps: true,
      reviveValues: false,
    });
  } catch {
    return { capturedAt: null, gps: null };
  }
  const parsed = exifFields.safeParse(raw ?? {});
  if (!parsed.success) return { capturedAt: null, gps: null };
  const exif = parsed.data;
  const { latitude: lat, longitude: lng } = exif;
  const hasGps =
    lat !== undefined &&
    lng !== undefined &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    !(lat === 0 && lng === 0);
  return {
    capturedAt: exifDate(exif.DateTimeOriginal ?? exif.CreateDate, exif.OffsetTimeOriginal),
    gps: hasGps ? { lat, lng } : null,
  };
}

// EXIF clock times have no zone unless OffsetTime is written; the cameras in use are set to
// China time, so +08:00 is the honest default.
function exifDate(value: string | undefined, offset: string | undefined): Date | null {
  const match = value ? EXIF_DATE.exec(value.trim()) : null;
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : '+08:00';
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}
