import { PassThrough } from 'node:stream';
import fastifyMultipart from '@fastify/multipart';
import {
  enterpriseParam,
  registerImportResult,
  registerRowFilter,
  registerRowList,
  registerRowQuery,
} from '@shuangkong/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext } from '../risk.database.ts';
import type { Db } from '../risk.database.ts';
import { AppError } from '../../../kernel/index.ts';
import { requireActor } from '../../identity/index.ts';
import { importRegister } from './commands/import-register.ts';
import { prepareRegisterExport } from './queries/export-register.ts';
import { findRegisterRows } from './queries/find-register-rows.ts';
import { buildImportTemplate } from './queries/import-template.ts';
import { XLSX_MIME } from './register-workbook.ts';

const tags = ['risk-register'];
const base = '/enterprises/:enterpriseId/risk-register';
const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const attachment = (filename: string) => `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
const missingFile = () =>
  new AppError('VALIDATION_FAILED', 400, 'file: send one .xlsx file in the multipart field "file"', {
    field: 'file',
  });

async function readUpload(request: FastifyRequest): Promise<Buffer> {
  let part;
  try {
    part = await request.file();
  } catch {
    throw missingFile();
  }
  if (!part || part.fieldname !== 'file') throw missingFile();
  try {
    return await part.toBuffer();
  } catch (error) {
    if (
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'FST_REQ_FILE_TOO_LARGE'
    ) {
      throw new AppError('FILE_TOO_LARGE', 413, `Files may be at most ${MAX_IMPORT_BYTES} bytes`, {
        field: 'file',
      });
    }
    throw error;
  }
}

/** The flattened register (风险管控清单): table, Excel export, import template and import. */
export const registerListRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });

  app.get(
    `${base}/rows`,
    {
      schema: {
        tags,
        summary: 'Register rows, one per risk event, filtered, sorted and paged',
        params: enterpriseParam,
        querystring: registerRowQuery,
        response: { 200: registerRowList },
      },
    },
    async (request) =>
      findRegisterRows(db, requireActor(request), request.params.enterpriseId, request.query),
  );

  app.get(
    `${base}/export.xlsx`,
    {
      schema: {
        tags,
        summary: 'The register as .xlsx, with the same filters as the table',
        params: enterpriseParam,
        querystring: registerRowFilter,
      },
    },
    async (request, reply) => {
      const file = await prepareRegisterExport(
        db,
        requireActor(request),
        request.params.enterpriseId,
        request.query,
      );
      const out = new PassThrough();
      file
        .write(out)
        .catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
      return reply.type(XLSX_MIME).header('content-disposition', attachment(file.filename)).send(out);
    },
  );

  app.get(
    '/risk-register/import-template.xlsx',
    { schema: { tags, summary: 'The import template: headers, an example row and the allowed codes' } },
    async (request, reply) => {
      requireActor(request);
      const bytes = await buildImportTemplate();
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment('风险管控清单导入模板.xlsx'))
        .send(bytes);
    },
  );

  app.post(
    `${base}/import`,
    {
      schema: {
        tags,
        summary: 'Import a register workbook (multipart field "file"); all rows or none',
        consumes: ['multipart/form-data'],
        params: enterpriseParam,
        response: { 201: registerImportResult },
      },
    },
    async (request, reply) => {
      const ctx = commandContext(request, db);
      const bytes = await readUpload(request);
      const data = await importRegister(ctx, { enterpriseId: request.params.enterpriseId, bytes });
      return reply.status(201).send({ data });
    },
  );
};
