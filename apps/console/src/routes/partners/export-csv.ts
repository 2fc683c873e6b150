import { accessToken, refreshSession } from '../../session/session';

/**
 * The export is a plain HTTP download behind the bearer token (not a cookie), so a link
 * cannot carry it: fetch with the session's token, then hand the file to the browser
 * through a Blob URL. The directory's filters go along, so the file is what the list shows.
 */
export async function downloadDirectoryCsv(filters: Record<string, string>): Promise<string> {
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const url = `/exports/organisations.csv${query ? `?${query}` : ''}`;
  const get = () => fetch(url, { headers: { authorization: `Bearer ${accessToken() ?? ''}` }, credentials: 'omit' });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'organisations.csv';
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return fileName;
}
