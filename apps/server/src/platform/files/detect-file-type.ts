/** The kinds of file the platform accepts, recognised from their first bytes. */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'pdf' | 'xlsx' | 'zip';

export const MIME_TYPES: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

export const IMAGE_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp', 'gif'];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * What the bytes are, whatever the upload claims to be: a file named photo.jpg that holds a
 * script is not a JPEG. null when the content matches none of the known kinds.
 */
export function detectFileType(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'gif';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return isXlsx(bytes) ? 'xlsx' : 'zip';
  return null;
}

/**
 * An .xlsx is a zip whose entries include xl/…; the local file headers name every entry, so a
 * walk over them decides without unpacking anything.
 */
function isXlsx(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  let offset = 0;
  let entries = 0;
  while (offset + 30 <= bytes.length && entries < 10_000) {
    if (view.getUint32(offset, true) !== 0x04034b50) break;
    const flags = view.getUint16(offset + 6, true);
    const compressedSize = view.getUint32(offset + 18, true);
    const nameLength = view.getUint16(offset + 26, true);
    const extraLength = view.getUint16(offset + 28, true);
    const name = decoder.decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
    if (name.startsWith('xl/')) return true;
    // With a data descriptor (bit 3) the size is only known after the data: fall back to a scan.
    if (flags & 0x08) return containsAscii(bytes, 'xl/workbook.xml');
    offset += 30 + nameLength + extraLength + compressedSize;
    entries += 1;
  }
  return false;
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}
