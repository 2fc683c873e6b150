import { sessionFetch } from '../session/session-fetch';

/**
 * Downloads behind the bearer token cannot be plain links: fetch the file with the session,
 * then hand it to the browser through a Blob URL. Returns the file name used: `name.exact`,
 * else the server's (Content-Disposition), else `name.fallback`.
 */
export async function downloadWithSession(url: string, name: { exact: string } | { fallback: string }): Promise<string> {
  const response = await sessionFetch(url);
  if (!response.ok) throw new Error(`download answered ${response.status}`);
  const fileName =
    'exact' in name ? name.exact : (/filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? name.fallback);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return fileName;
}
