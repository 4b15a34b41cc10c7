import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../../shared/session/session.ts';
import { flushRecordQueue, QUEUE_CHANGED, queuedRecords, type QueuedRecord } from './record-queue.ts';

/** How often the phone tries again while records wait (also at once when the network returns). */
const RETRY_MS = 20_000;

/**
 * The phone's queue of records made without a network: what waits, and sending it whenever the
 * network comes back (the browser's `online` event), every 20 seconds while anything waits, and
 * on demand. The task lists reload after anything was sent.
 */
export function useRecordQueue() {
  const session = useSession();
  const enterpriseId = session.enterprise?.id ?? '';
  const client = useQueryClient();
  const [records, setRecords] = useState<QueuedRecord[]>([]);
  const [sending, setSending] = useState(false);
  const busy = useRef(false);

  const reload = useCallback(async () => {
    if (!enterpriseId || typeof indexedDB === 'undefined') return;
    setRecords(await queuedRecords(enterpriseId));
  }, [enterpriseId]);

  const flush = useCallback(async () => {
    if (!enterpriseId || busy.current || typeof indexedDB === 'undefined') return;
    busy.current = true;
    setSending(true);
    try {
      const result = await flushRecordQueue(enterpriseId, session.csrfToken);
      if (result.sent > 0) await client.invalidateQueries({ queryKey: ['inspection', enterpriseId] });
    } finally {
      busy.current = false;
      setSending(false);
      await reload();
    }
  }, [enterpriseId, session.csrfToken, client, reload]);

  useEffect(() => {
    void reload();
    const onChange = () => void reload();
    const onOnline = () => void flush();
    window.addEventListener(QUEUE_CHANGED, onChange);
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener(QUEUE_CHANGED, onChange);
      window.removeEventListener('online', onOnline);
    };
  }, [reload, flush]);

  const waiting = records.filter((r) => r.error === null).length;
  useEffect(() => {
    if (waiting === 0) return;
    const timer = window.setInterval(() => {
      if (navigator.onLine) void flush();
    }, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, flush]);

  return { records, waiting, refused: records.length - waiting, sending, flush };
}
