import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildEnterprise,
  buildJurisdictions,
  buildRegulator,
  buildUser,
  PLACES,
} from '../../../test/factories.ts';
import { exifJpeg, tinyPng } from '../../../test/fixtures/images.ts';
import { createTestApp, loginAs, type Session, type TestApp } from '../../../test/test-app.ts';

// A small limit so the oversize case needs only a few kilobytes (createTestApp reads the env).
process.env.UPLOAD_MAX_BYTES = '4096';

let t: TestApp;
let owner: Session;
let otherEnterprise: Session;
let regulatorInRemit: Session;
let regulatorElsewhere: Session;
let admin: Session;

const photo = exifJpeg({
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

beforeAll(async () => {
  t = await createTestApp();
  await buildJurisdictions(t.db);
  const chem = await buildEnterprise(t.db, { name: '宏达化工' });
  const other = await buildEnterprise(t.db, { jurisdictionCode: PLACES.otherTown });
  const county = await buildRegulator(t.db, { jurisdictionCode: PLACES.county });
  const elsewhere = await buildRegulator(t.db, { jurisdictionCode: PLACES.otherCounty });
  const login = async (o: Parameters<typeof buildUser>[1]) =>
    loginAs(t.app, (await buildUser(t.db, o)).username);
  owner = await login({ roles: ['safetyManager'], enterpriseId: chem.id });
  otherEnterprise = await login({ roles: ['safetyManager'], enterpriseId: other.id });
  regulatorInRemit = await login({ roles: ['inspector'], regulatorId: county.id });
  regulatorElsewhere = await login({ roles: ['inspector'], regulatorId: elsewhere.id });
  admin = await login({ roles: ['platformAdmin'] });
});

function multipart(field: string, filename: string, declaredType: string, bytes: Buffer) {
  const boundary = '----sk-test-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${declaredType}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (s: Session, filename: string, declaredType: string, bytes: Buffer, field = 'file') => {
  const body = multipart(field, filename, declaredType, bytes);
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/files',
    headers: { ...s.headers, ...body.headers },
    payload: body.payload,
  });
};
const download = (s: Session | null, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/files/${id}`, headers: s?.headers ?? {} });

describe('POST /api/v1/files', () => {
  it('stores a site photo, judged by content, with its EXIF capture time and position', async () => {
    // The declared type lies (image/png); the bytes decide.
    const res = await upload(owner, '储罐区 照片.jpg', 'image/png', photo);
    expect(res.statusCode).toBe(201);
    const data = res.json().data;
    expect(data).toMatchObject({
      originalName: '储罐区 照片.jpg',
      mimeType: 'image/jpeg',
      sizeBytes: photo.length,
      sha256: createHash('sha256').update(photo).digest('hex'),
      capturedAt: '2025-06-18T01:30:15.000Z',
    });
    expect(data.gps.lat).toBeCloseTo(31.9512, 6);
    expect(data.gps.lng).toBeCloseTo(118.7965, 6);
    const row = await t.db
      .selectFrom('files')
      .selectAll()
      .where('id', '=', data.id)
      .executeTakeFirstOrThrow();
    expect(row.uploadedBy).not.toBeNull();
  });

  it('stores a PNG without metadata', async () => {
    const res = await upload(owner, 'plan.png', 'application/octet-stream', tinyPng());
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ mimeType: 'image/png', capturedAt: null, gps: null });
  });

  it('rejects text named .jpg and declared image/jpeg', async () => {
    const res = await upload(owner, 'evil.jpg', 'image/jpeg', Buffer.from('<script>alert(1)</script>'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', field: 'file' });
    expect(
      await t.db.selectFrom('files').select('id').where('originalName', '=', 'evil.jpg').execute(),
    ).toEqual([]);
  });

  it('rejects a file over UPLOAD_MAX_BYTES with 413', async () => {
    const big = Buffer.concat([photo, Buffer.alloc(5000, 0x20)]);
    const res = await upload(owner, 'big.jpg', 'image/jpeg', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', field: 'file' });
  });

  it('asks for the file in the field "file"', async () => {
    const res = await upload(owner, 'a.png', 'image/png', tinyPng(), 'attachment');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: owner.headers,
      payload: { a: 1 },
    });
    expect(json.statusCode).toBe(400);
  });

  it('takes uploads from enterprise users only, and logins only', async () => {
    expect((await upload(regulatorInRemit, 'a.png', 'image/png', tinyPng())).statusCode).toBe(403);
    const body = multipart('file', 'a.png', 'image/png', tinyPng());
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files',
      headers: body.headers,
      payload: body.payload,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('GET /api/v1/files/:id', () => {
  let id: string;
  beforeAll(async () => {
    id = (await upload(owner, 'photo.jpg', 'image/jpeg', photo)).json().data.id;
  });

  it('serves the bytes with their type to the owning enterprise', async () => {
    const res = await download(owner, id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/jpeg');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.equals(photo)).toBe(true);
  });

  it('serves a regulator whose remit covers the enterprise, and a platform administrator', async () => {
    expect((await download(regulatorInRemit, id)).statusCode).toBe(200);
    expect((await download(admin, id)).statusCode).toBe(200);
  });

  it('answers 404 to another enterprise and to a regulator elsewhere, 401 without login', async () => {
    expect((await download(otherEnterprise, id)).statusCode).toBe(404);
    expect((await download(regulatorElsewhere, id)).statusCode).toBe(404);
    expect((await download(null, id)).statusCode).toBe(401);
    expect((await download(owner, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});
