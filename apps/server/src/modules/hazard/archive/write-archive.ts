import { once } from 'node:events';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import archiver, { type Archiver, type EntryData } from 'archiver';
import type { HazardArchiveQuery, HazardExportList } from '@shuangkong/contracts';
import type { Actor } from '../../../kernel/index.ts';
import { shanghaiCivilDate } from '../../../platform/calendar/index.ts';
import { FileMissingError, type FileStorage } from '../../../platform/files/index.ts';
import { prepareChecklistExport } from '../../inspection/index.ts';
import { prepareRegisterExport } from '../../risk/index.ts';
import type { Db } from '../hazard.database.ts';
import type { HazardScope } from '../hazard-scope.ts';
import { hazardDetail } from '../register/hazard-detail.ts';
import { hazardFilter } from '../register/hazard-list.ts';
import { writeHazardWorkbook } from '../register/export-hazards.ts';
import {
  archiveIndexHtml,
  hazardPageHtml,
  safeName,
  shanghaiMinute,
  type ArchiveIndexEntry,
} from './archive-pages.ts';

/** Hazard ids read per round trip; each hazard is then written whole before the next is read. */
const BATCH = 200;

const extensionOf: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
};

export type ArchiveInput = {
  db: Db;
  files: FileStorage;
  actor: Actor;
  scope: HazardScope;
  query: HazardArchiveQuery;
  enterpriseName: string;
  now?: Date;
};

/**
 * 一企一档 as one ZIP, streamed into `out`: the register (风险管控清单, with every control
 * measure), the check list (隐患排查清单), the hazard lists (隐患、整改、销号), then every hazard
 * of the period in its own folder with its page (fields, photos before and after, plan, steps,
 * signatures re-verified, and its data as JSON inside the page), and an index page. One hazard and one photo are in
 * flight at a time and each entry waits for the archive to take it, so memory stays flat whatever
 * the enterprise's size.
 */
export async function writeHazardArchive(out: Writable, input: ArchiveInput): Promise<void> {
  const { db, files, actor, scope, query, enterpriseName } = input;
  const now = input.now ?? new Date();
  const zip = archiver('zip', { zlib: { level: 6 } });
  const failed = new Promise<never>((_, reject) => {
    zip.on('error', reject);
    zip.on('warning', reject);
  });
  failed.catch(() => undefined);
  zip.pipe(out);
  const add = (source: Readable | Buffer | string, data: EntryData) => addEntry(zip, source, data, failed);

  const lists: { file: string; title: string }[] = [];
  // The register reads its own tables over the same connection; hazard's view of it is narrower.
  const register = await prepareRegisterExport(
    db as never,
    actor,
    scope.id,
    { sort: 'code', order: 'asc' },
    now,
  );
  const registerStream = new PassThrough();
  const registerDone = register.write(registerStream);
  await add(registerStream, { name: '清单/风险管控清单.xlsx', date: now });
  await registerDone;
  lists.push({ file: '清单/风险管控清单.xlsx', title: '风险管控清单（含管控措施）' });

  const checklist = await prepareChecklistExport(db as never, actor, scope.id, now);
  const checklistStream = new PassThrough();
  const checklistDone = checklist.write(checklistStream);
  await add(checklistStream, { name: '清单/隐患排查清单.xlsx', date: now });
  await checklistDone;
  lists.push({ file: '清单/隐患排查清单.xlsx', title: '隐患排查清单' });

  const listTitles: Record<HazardExportList, string> = {
    hazards: '隐患清单',
    rectification: '隐患整改清单',
    closeOut: '隐患销号清单',
  };
  for (const list of Object.keys(listTitles) as HazardExportList[]) {
    const file = `清单/${listTitles[list]}.xlsx`;
    const stream = new PassThrough();
    const title = `${enterpriseName} ${listTitles[list]}（${periodText(query)}，导出时间：${shanghaiMinute(now)}）`;
    const done = writeHazardWorkbook(
      stream,
      db,
      actor,
      scope,
      { list, from: query.from, to: query.to },
      title,
    );
    await add(stream, { name: file, date: now });
    await done;
    lists.push({ file, title: listTitles[list] });
  }

  const index: ArchiveIndexEntry[] = [];
  const today = shanghaiCivilDate(now);
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    let q = db
      .selectFrom('hazards as h')
      .select(['h.id', 'h.registeredAt'])
      .where(hazardFilter(actor, scope, { from: query.from, to: query.to }, today));
    const last = after;
    if (last)
      q = q.where((eb) =>
        eb.or([
          eb('h.registeredAt', '>', last.at),
          eb.and([eb('h.registeredAt', '=', last.at), eb('h.id', '>', last.id)]),
        ]),
      );
    const ids = await q.orderBy('h.registeredAt').orderBy('h.id').limit(BATCH).execute();
    for (const { id } of ids) {
      const h = await hazardDetail(db, actor, scope, id);
      const folder = `隐患/${String(index.length + 1).padStart(4, '0')}-${safeName(h.name)}`;
      const photoPaths = await addPhotos(db, files, scope.id, h.photos, folder, add, now);
      await add(hazardPageHtml(h, enterpriseName, photoPaths), {
        name: `${folder}/隐患详情.html`,
        date: now,
      });
      index.push({
        folder,
        name: h.name,
        state: h.state,
        grade: h.grade,
        registeredAt: h.registeredAt,
        overdue: h.overdue,
        signatures: h.signatures.length,
        unverified: h.signatures.filter((s) => !s.verified).length,
      });
    }
    const end = ids.at(-1);
    if (!end || ids.length < BATCH) break;
    after = { at: new Date(end.registeredAt), id: end.id };
  }

  await add(
    archiveIndexHtml({
      enterpriseName,
      from: query.from ?? null,
      to: query.to ?? null,
      generatedAt: now,
      generatedBy: actor.name,
      lists,
      hazards: index,
    }),
    { name: 'index.html', date: now },
  );
  await Promise.race([zip.finalize(), failed]);
}

/** The period in words, for titles. */
export function periodText(query: HazardArchiveQuery): string {
  if (!query.from && !query.to) return '全部';
  return `${query.from ?? '最早'} 至 ${query.to ?? '今'}`;
}

/** Appends one entry and waits until the archive has written it (or failed). */
async function addEntry(
  zip: Archiver,
  source: Readable | Buffer | string,
  data: EntryData,
  failed: Promise<never>,
): Promise<void> {
  const written = once(zip, 'entry');
  zip.append(source, data);
  await Promise.race([written, failed]);
}

/** The hazard's photos into its folder, before and after numbered apart; a missing file is noted. */
async function addPhotos(
  db: Db,
  files: FileStorage,
  enterpriseId: string,
  photos: readonly { fileId: string; kind: 'before' | 'after' }[],
  folder: string,
  add: (source: Readable | Buffer | string, data: EntryData) => Promise<void>,
  now: Date,
): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  if (photos.length === 0) return paths;
  const rows = await db
    .selectFrom('files')
    .select(['id', 'storageKey', 'mimeType', 'capturedAt'])
    .where('enterpriseId', '=', enterpriseId)
    .where(
      'id',
      'in',
      photos.map((p) => p.fileId),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counters = { before: 0, after: 0 };
  for (const p of photos) {
    const file = byId.get(p.fileId);
    if (!file) continue;
    counters[p.kind] += 1;
    const name = `照片/${p.kind === 'before' ? '整改前' : '整改后'}-${counters[p.kind]}.${extensionOf[file.mimeType] ?? 'bin'}`;
    let stream: Readable;
    try {
      stream = await files.get(file.storageKey);
    } catch (error) {
      if (!(error instanceof FileMissingError)) throw error;
      await add(`照片文件 ${p.fileId} 在存储中缺失。\n`, { name: `${folder}/${name}.缺失.txt`, date: now });
      continue;
    }
    // Photos are already compressed: stored as they are, the archive costs no CPU for them.
    await add(stream, {
      name: `${folder}/${name}`,
      date: file.capturedAt ? new Date(file.capturedAt) : now,
      store: true,
    });
    paths.set(p.fileId, name);
  }
  return paths;
}
