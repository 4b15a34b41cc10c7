import fastifyMultipart from '@fastify/multipart';
import { uuidParam } from '@shuangkong/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, enterpriseVisibleTo, type Actor } from '../../modules/identity/index.ts';
import {
  fileErrors,
  FileMissingError,
  storeUpload,
  type FileKind,
  type FileStorage,
} from '../../platform/files/index.ts';
import type { Db } from '../db-schema.ts';
import { AppError, notFound } from '../../kernel/index.ts';

const tags = ['files'];
/** What a general upload may be: photos, PDF documents and Excel workbooks. */
const UPLOAD_KINDS: readonly FileKind[] = ['jpeg', 'png', 'webp', 'gif', 'pdf', 'xlsx'];
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf']);

export const storedFile = z.object({
  id: z.uuid(),
  originalName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  capturedAt: z.string().nullable(),
  gps: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  createdAt: z.string(),
});

type Options = { db: Db; storage: FileStorage; maxBytes: number };

/** The file, if its enterprise is one the actor may see; others get undefined (404). */
async function findFileForActor(db: Db, actor: Actor, id: string) {
  const visible = db.selectFrom('enterprises as e').select('e.id').where(enterpriseVisibleTo(actor));
  return db
    .selectFrom('files')
    .select(['storageKey', 'mimeType', 'sizeBytes', 'originalName'])
    .where('id', '=', id)
    .where('enterpriseId', 'in', visible)
    .executeTakeFirst();
}

export const fileRoutes: FastifyPluginAsyncZod<Options> = async (app, { db, storage, maxBytes }) => {
  await app.register(fastifyMultipart, { limits: { fileSize: maxBytes, files: 1, fields: 10 } });

  app.post(
    '/files',
    {
      schema: {
        tags,
        summary: 'Upload one file (multipart field "file"); the type is judged by content',
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ data: storedFile }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.scope.kind !== 'enterprise' || !actor.enterpriseId) {
        throw new AppError('FORBIDDEN', 403, 'Files are uploaded by enterprise users');
      }
      const bytes = await readFilePart(request, maxBytes);
      const data = await storeUpload({
        db,
        storage,
        enterpriseId: actor.enterpriseId,
        uploadedBy: actor.userId,
        filename: bytes.filename,
        bytes: bytes.buffer,
        allowed: UPLOAD_KINDS,
        maxBytes,
      });
      return reply.status(201).send({ data });
    },
  );

  app.get(
    '/files/:id',
    { schema: { tags, summary: 'The bytes of a file the caller may see', params: uuidParam } },
    async (request, reply) => {
      const file = await findFileForActor(db, requireActor(request), request.params.id);
      if (!file) throw notFound('File');
      let stream;
      try {
        stream = await storage.get(file.storageKey);
      } catch (error) {
        if (error instanceof FileMissingError) throw notFound('File');
        throw error;
      }
      const disposition = INLINE_TYPES.has(file.mimeType) ? 'inline' : 'attachment';
      return (
        reply
          .type(file.mimeType)
          .header('content-length', String(file.sizeBytes))
          .header(
            'content-disposition',
            `${disposition}; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
          )
          // Served as stored: the browser must not second-guess the type of user content.
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=86400, immutable')
          .send(stream)
      );
    },
  );
};

type Part = { filename: string; buffer: Buffer };

const missingFile = () =>
  new AppError('VALIDATION_FAILED', 400, 'file: send one file in the multipart field "file"', {
    field: 'file',
  });

function hasCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}

async function readFilePart(request: FastifyRequest, maxBytes: number): Promise<Part> {
  let part;
  try {
    part = await request.file();
  } catch {
    // Not multipart at all, or a malformed body.
    throw missingFile();
  }
  if (!part || part.fieldname !== 'file') throw missingFile();
  try {
    return { filename: part.filename, buffer: await part.toBuffer() };
  } catch (error) {
    if (hasCode(error, 'FST_REQ_FILE_TOO_LARGE')) throw fileErrors.tooLarge(maxBytes);
    throw error;
  }
}
