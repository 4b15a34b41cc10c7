import { describe, expect, it } from 'vitest';
import { exifJpeg, tinyPng } from '../../../test/fixtures/images.ts';
import { readPhotoMetadata } from './photo-metadata.ts';

describe('readPhotoMetadata', () => {
  it('reads capture time as China time and GPS as decimal degrees', async () => {
    const jpeg = exifJpeg({
      dateTimeOriginal: '2025:06:18 09:30:15',
      latitude: {
        ref: 'N',
        dms: [
          [31, 1],
          [57, 1],
          [432, 100],
        ],
      },
      longitude: {
        ref: 'E',
        dms: [
          [118, 1],
          [47, 1],
          [474, 10],
        ],
      },
    });
    const metadata = await readPhotoMetadata(jpeg);
    expect(metadata.capturedAt?.toISOString()).toBe('2025-06-18T01:30:15.000Z');
    expect(metadata.gps?.lat).toBeCloseTo(31.9512, 6);
    expect(metadata.gps?.lng).toBeCloseTo(118.7965, 6);
  });

  it('signs southern and western positions negative', async () => {
    const jpeg = exifJpeg({
      dateTimeOriginal: '2025:01:02 03:04:05',
      latitude: {
        ref: 'S',
        dms: [
          [33, 1],
          [52, 1],
          [0, 1],
        ],
      },
      longitude: {
        ref: 'W',
        dms: [
          [70, 1],
          [30, 1],
          [0, 1],
        ],
      },
    });
    expect((await readPhotoMetadata(jpeg)).gps).toEqual({ lat: -33 - 52 / 60, lng: -70.5 });
  });

  it('gives nulls for a photo without EXIF or with an unset clock and 0,0 position', async () => {
    expect(await readPhotoMetadata(tinyPng())).toEqual({ capturedAt: null, gps: null });
    expect(await readPhotoMetadata(exifJpeg({}))).toEqual({ capturedAt: null, gps: null });
  });
});
