/**
 * Personal links carry their secret in the path (`/s/<slug>/<token>`, `/rsvp/<token>`, ...)
 * and signed staff links in the query (`sig`). A request log must not hold them: whoever
 * reads the logs could otherwise act as the recipient, or tie a link, and so a person, to
 * the moment an anonymous survey was answered.
 */
const TOKEN_PATHS: RegExp[] = [
  /^(\/s\/[^/?]+\/)(?!results(?:[/?]|$))[^/?]+/,
  /^(\/rsvp\/)[^/?]+/,
  /^(\/unsubscribe\/)[^/?]+/,
  /^(\/staff\/invitation\/)[^/?]+/,
  /^(\/action-items\/)[^/?]+/,
  /^(\/reports\/task-forces\/)[^/?]+/,
];
const SECRET_PARAMS = ['sig', 'token'];
const SECRET_QUERY = new RegExp(`([?&](?:${SECRET_PARAMS.join('|')})=)[^&#]*`, 'g');
export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  let redacted = url;
  for (const pattern of TOKEN_PATHS) redacted = redacted.replace(pattern, `$1${REDACTED}`);
  return redacted.replace(SECRET_QUERY, `$1${REDACTED}`);
}

/** A resident sending a survey form: `POST /s/<slug>` or `/s/<slug>/<token>`. */
function isSurveyAnswer(req: { method?: string; url?: string }): boolean {
  return req.method === 'POST' && /^\/s\/[^/?]+(?:\/[^/?]+)?\/?(?:\?|$)/.test(req.url ?? '');
}

/**
 * The request as pino-http serialises it, with its secrets taken out of the URL and query.
 * Route params are left out: the logger's catch-all route would repeat every path segment.
 * A survey answer is logged without the sender's address, port and headers (user agent,
 * forwarded-for): with the time of the line they would tie an anonymous answer to a device.
 */
export function redactRequest<T extends { method?: string; url?: string; query?: Record<string, unknown>; params?: unknown }>(req: T): Omit<T, 'params'> {
  const query = req.query && Object.fromEntries(Object.entries(req.query).map(([k, v]) => [k, SECRET_PARAMS.includes(k) ? REDACTED : v]));
  const { params: _params, ...rest } = req;
  const kept: Record<string, unknown> = { ...rest };
  if (isSurveyAnswer(req)) for (const key of ['remoteAddress', 'remotePort', 'headers']) delete kept[key];
  return { ...(kept as Omit<T, 'params'>), url: req.url && redactUrl(req.url), query };
}

/**
 * An error as logged: a failed query's bound values (TypeORM's `parameters`) are left out. They
 * are whatever the request carried (a resident's answers, an address), which the log must not
 * keep; the statement, PostgreSQL's code and message stay for whoever investigates.
 */
export function loggableError(error: unknown): unknown {
  if (!error || typeof error !== 'object' || !('parameters' in error)) return error;
  const { message, stack } = error as Partial<Error>;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(error)) as object, error, { parameters: REDACTED });
  Object.defineProperty(copy, 'message', { value: message, enumerable: false, writable: true });
  Object.defineProperty(copy, 'stack', { value: stack, enumerable: false, writable: true });
  return copy;
}
