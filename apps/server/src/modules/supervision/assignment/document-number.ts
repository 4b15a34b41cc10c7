import { sql } from 'kysely';
import type { Trx } from '../supervision.database.ts';

/** 发文字号's 类型字 by kind of document: 交办函, 周调度, 月通报. */
export const documentWords = { letter: '交', weeklyDispatch: '调', monthlyNotice: '通' } as const;
export type DocumentKind = keyof typeof documentWords;

/**
 * The issuing authority's 机关代字 from its name: the first character of the place and the first
 * two of the department (青溪县应急管理局 → 青应急, 青溪县住房和城乡建设局 → 青住房,
 * 临港工业园区管委会 → 临管委).
 */
export function issuerAbbreviation(name: string): string {
  const cut = name.search(/[县市区旗]/u);
  if (cut < 0 || cut === name.length - 1) return name.slice(0, 3);
  const department = name.slice(cut + 1).replace(/^(人民政府)/u, '');
  return `${name[0]}${department.slice(0, 2) || name.slice(1, 3)}`;
}

/**
 * 发文字号 as GB/T 9704-2012 writes it: 机关代字, year in 六角括号, sequence without leading
 * zeros or 第 (青应急交〔2026〕12号).
 */
export function formatDocumentNumber(
  issuerName: string,
  kind: DocumentKind,
  year: number,
  seq: number,
): string {
  return `${issuerAbbreviation(issuerName)}${documentWords[kind]}〔${year}〕${seq}号`;
}

/**
 * The next sequence of a regulator's documents of one kind in one year. The counter row moves in
 * the caller's transaction, so a rolled-back issue leaves no gap and two issues never share a number.
 */
export async function nextDocumentSeq(
  trx: Trx,
  regulatorId: string,
  kind: DocumentKind,
  year: number,
): Promise<number> {
  const row = await trx
    .insertInto('supervisionDocumentCounters')
    .values({ regulatorId, word: documentWords[kind], year, lastSeq: 1 })
    .onConflict((oc) =>
      oc
        .columns(['regulatorId', 'word', 'year'])
        .doUpdateSet({ lastSeq: sql`supervision_document_counters.last_seq + 1` }),
    )
    .returning('lastSeq')
    .executeTakeFirstOrThrow();
  return row.lastSeq;
}
