import type { SubmitInspectionRecordBody } from '@shuangkong/contracts';
import { api } from '../../../shared/api/client.ts';
import { isApiError } from '../../../shared/api/api-error.ts';
import { postFile } from '../../../shared/api/post-file.ts';

/**
 * Records made on a phone without a network, kept in the browser (IndexedDB) with their photos
 * until they are sent. Each carries the device's own id, so a record sent twice (a flush cut off
 * after the server answered) is still one record, and the time it was made.
 */
export type QueuedRecord = {
  clientRecordId: string;
  enterpriseId: string;
  taskId: string;
  /** What the task was, for the queue's list on the phone. */
  label: string;
  body: SubmitInspectionRecordBody;
  /** Photos taken without a network, uploaded when the record is sent (the first answer's). */
  photos: Blob[];
  checkedAt: string;
  queuedAt: string;
  /** The server refused it (not a network failure): kept and shown, never dropped. */
  error: string | null;
};

const DB = 'shuangkong-offline';
const STORE = 'inspection-records';
export const QUEUE_CHANGED = 'sk-inspection-queue-changed';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'clientRecordId' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
  } finally {
    db.close();
  }
}

const changed = () => window.dispatchEvent(new Event(QUEUE_CHANGED));

export async function enqueueRecord(entry: QueuedRecord): Promise<void> {
  await run('readwrite', (s) => s.put(entry));
  changed();
}

/** This enterprise's queued records, oldest first. */
export async function queuedRecords(enterpriseId: string): Promise<QueuedRecord[]> {
  const all = await run<QueuedRecord[]>('readonly', (s) => s.getAll() as IDBRequest<QueuedRecord[]>);
  return all
    .filter((r) => r.enterpriseId === enterpriseId)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

async function remove(clientRecordId: string): Promise<void> {
  await run('readwrite', (s) => s.delete(clientRecordId));
}

/** True when the failure is the network's (try again later), not the server's answer. */
export function isNetworkFailure(error: unknown): boolean {
  return isApiError(error) && error.status === 0;
}

export type FlushResult = { sent: number; refused: number; waiting: number };

/**
 * Sends what is queued, oldest first: photos up, then the record with its device id and time.
 * Stops at the first network failure (the rest waits); a refusal stays in the queue with the
 * server's message for the worker to see.
 */
export async function flushRecordQueue(enterpriseId: string, csrfToken: string): Promise<FlushResult> {
  const result: FlushResult = { sent: 0, refused: 0, waiting: 0 };
  const queue = await queuedRecords(enterpriseId);
  for (const [i, entry] of queue.entries()) {
    if (entry.error) {
      result.refused += 1;
      continue;
    }
    try {
      const ids: string[] = [];
      for (const [n, blob] of entry.photos.entries()) {
        const file = new File([blob], `offline-${n + 1}.${blob.type === 'image/png' ? 'png' : 'jpg'}`, {
          type: blob.type || 'image/jpeg',
        });
        const up = await postFile<{ data: { id: string } }>('/files', file, csrfToken);
        if (!up.ok) throw up.error;
        ids.push(up.data.data.id);
      }
      const [first, ...rest] = entry.body.answers;
      const body: SubmitInspectionRecordBody = {
        ...entry.body,
        answers: first ? [{ ...first, photoFileIds: [...(first.photoFileIds ?? []), ...ids] }, ...rest] : [],
        clientRecordId: entry.clientRecordId,
        checkedAt: entry.checkedAt,
      };
      await api.post(
        `/enterprises/${encodeURIComponent(enterpriseId)}/inspection/tasks/${encodeURIComponent(entry.taskId)}/records`,
        body,
      );
      await remove(entry.clientRecordId);
      result.sent += 1;
    } catch (error) {
      if (isNetworkFailure(error)) {
        result.waiting = queue.length - i - result.refused;
        break;
      }
      const message = isApiError(error) ? `${error.code}: ${error.message}` : String(error);
      await run('readwrite', (s) => s.put({ ...entry, error: message }));
      result.refused += 1;
    }
  }
  changed();
  return result;
}

/** The worker throws away a refused record after reading why (never done without them). */
export async function discardRecord(clientRecordId: string): Promise<void> {
  await remove(clientRecordId);
  changed();
}
