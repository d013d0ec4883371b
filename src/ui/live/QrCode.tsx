import { useEffect, useState } from 'react';

/**
 * A QR code of `value` (a session link), drawn as an SVG picture, with `label` as its text
 * alternative. The QR library is loaded only when a code is shown.
 */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      if (!cancelled) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [value]);
  return source ? (
    <img className="live-qr" src={source} alt={label} width={176} height={176} />
  ) : (
    <div className="live-qr live-qr--loading" role="img" aria-label={label} />
  );
}
