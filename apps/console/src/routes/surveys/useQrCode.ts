import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code of the text as a data: URL image (the console's CSP allows data: images), or null while drawing. */
export function useQrCode(text: string | null, width = 480): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    if (text) void QRCode.toDataURL(text, { width, margin: 2, errorCorrectionLevel: 'M' }).then((u) => live && setUrl(u));
    return () => {
      live = false;
    };
  }, [text, width]);
  return url;
}
