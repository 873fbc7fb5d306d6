'use client';

import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The web app's link as a QR code, drawn in the browser (no third-party service sees the link). */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { margin: 1, width: 160 })
      .then((url) => live && setSrc(url))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [value]);
  if (!src) return <div className="size-40 animate-pulse rounded bg-muted" />;
  return <img src={src} alt={label} width={160} height={160} className="rounded border bg-white p-1" data-testid="web-app-qr" />;
}
