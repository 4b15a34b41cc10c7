import { useEffect, useState } from 'react';
import { derivedSize, drawWatermark } from './watermark.ts';

/**
 * A derived copy of a photo with the watermark burnt in (time, place, person, enterprise), as an
 * object URL: what is shown, enlarged, saved or printed carries the facts, while the stored
 * original stays untouched. Null until it is made, or when the browser cannot make it — callers
 * then show the original with the watermark laid over it.
 */
export function useWatermarkedUrl(src: string, lines: readonly string[]): string | null {
  const [url, setUrl] = useState<string | null>(null);
  const text = lines.join('\n');
  useEffect(() => {
    let cancelled = false;
    let made: string | null = null;
    void (async () => {
      try {
        const response = await fetch(src, { credentials: 'same-origin' });
        if (!response.ok) return;
        const bitmap = await createImageBitmap(await response.blob());
        const size = derivedSize(bitmap.width, bitmap.height);
        const canvas = document.createElement('canvas');
        canvas.width = size.width;
        canvas.height = size.height;
        const ctx = canvas.getContext('2d');
        if (!ctx) return;
        ctx.drawImage(bitmap, 0, 0, size.width, size.height);
        bitmap.close();
        drawWatermark(ctx, size.width, size.height, text.split('\n'));
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
        if (!blob || cancelled) return;
        made = URL.createObjectURL(blob);
        setUrl(made);
      } catch {
        // No canvas or an undecodable file: the original with the overlay stands in.
      }
    })();
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
      setUrl(null);
    };
  }, [src, text]);
  return url;
}
