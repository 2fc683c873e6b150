import { languageHeaders } from '../../i18n/shown-language';
import { accessToken, refreshSession } from '../../session/session';

export type UploadOutcome =
  | { ok: true; id: string }
  | { ok: false; status: number; message: string; extensions: Record<string, unknown> };

/**
 * Sends the chosen file as it is (its raw bytes, so the server can tell UTF-8 from other
 * encodings) to the import endpoint, which answers with the queued import to poll.
 */
export async function uploadImport(file: File, dryRun: boolean): Promise<UploadOutcome> {
  const body = await file.arrayBuffer();
  const send = () =>
    fetch(`/imports/organisations${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'text/csv', ...languageHeaders(), authorization: `Bearer ${accessToken() ?? ''}` },
      body,
    });
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // a proxy's page or an empty answer: described by its status alone
  }
  if (response.ok) return { ok: true, id: (json as { id: string }).id };
  const first = (json as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null)?.errors?.[0];
  return { ok: false, status: response.status, message: first?.message ?? response.statusText, extensions: first?.extensions ?? {} };
}
