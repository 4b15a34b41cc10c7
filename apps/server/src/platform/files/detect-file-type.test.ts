import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exifJpeg, tinyPng } from '../../../test/fixtures/images.ts';
import { detectFileType } from './detect-file-type.ts';

/** A zip with the given entry names (local headers only), enough for header walking. */
function zipWith(names: string[], useDescriptor = false): Buffer {
  const parts = names.map((name) => {
    const data = deflateRawSync(Buffer.from('<x/>'));
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(useDescriptor ? 0x08 : 0, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(useDescriptor ? 0 : data.length, 18);
    header.writeUInt32LE(useDescriptor ? 0 : 4, 22);
    header.writeUInt16LE(Buffer.byteLength(name), 26);
    return Buffer.concat([header, Buffer.from(name), data]);
  });
  return Buffer.concat(parts);
}

describe('detectFileType', () => {
  it('recognises each supported kind by its content', () => {
    expect(detectFileType(exifJpeg({}))).toBe('jpeg');
    expect(detectFileType(tinyPng())).toBe('png');
    expect(detectFileType(Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe('webp');
    expect(detectFileType(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('gif');
    expect(detectFileType(Buffer.from('%PDF-1.7\n%âãÏÓ', 'latin1'))).toBe('pdf');
  });

  it('tells an xlsx from another zip by its entries, with or without data descriptors', () => {
    expect(detectFileType(zipWith(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']))).toBe('xlsx');
    expect(detectFileType(zipWith(['[Content_Types].xml', 'xl/workbook.xml'], true))).toBe('xlsx');
    expect(detectFileType(zipWith(['[Content_Types].xml', 'word/document.xml']))).toBe('zip');
  });

  it('rejects text pretending to be an image, a RIFF that is not WebP, and short input', () => {
    expect(detectFileType(Buffer.from('<?php echo "hi"; ?>'))).toBeNull();
    expect(detectFileType(Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'))).toBeNull();
    expect(detectFileType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});
