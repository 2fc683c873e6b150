import { languageHeaders } from '../i18n/shown-language';
import { accessToken, sessionRejected } from './session';

/**
 * `fetch` with the console session's bearer token (never cookies); a rejected token is
 * renewed once and the request sent again, as the console's GraphQL client does.
 */
export async function sessionFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const send = () =>
    fetch(input, {
      ...init,
      credentials: 'omit',
      headers: { ...languageHeaders(), ...(init?.headers as Record<string, string> | undefined), authorization: `Bearer ${accessToken() ?? ''}` },
    });
  const response = await send();
  if (response.status !== 401) return response;
  return (await sessionRejected()) ? send() : response;
}
