import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The card's live link as a QR code (SVG data URL), so a printed card always opens the current one. */
export function QrCode({ value, size = 96, testId }: { value: string; size?: number; testId?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => {
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => {
        if (live) setSrc(null);
      });
    return () => {
      live = false;
    };
  }, [value]);
  return src ? (
    <img src={src} width={size} height={size} alt={value} data-testid={testId} data-url={value} />
  ) : (
    <span
      style={{ display: 'inline-block', width: size, height: size }}
      data-testid={testId}
      data-url={value}
    />
  );
}
