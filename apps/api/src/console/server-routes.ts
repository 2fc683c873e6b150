/**
 * Paths the API answers itself, so the console's fallback to index.html never takes them: a
 * miss under one of them is the server's own 404, not the console. Keep in step with the
 * controllers and with what is mounted outside Nest (GraphQL, the queue dashboard, USWDS files);
 * test/console-serving.e2e-spec.ts checks every registered route against this list.
 *
 * Server routes inside paths the console also uses (`/forums/<id>/attendees.csv`) end in a
 * file extension, and a path whose last segment has one is never a client route either.
 */
export const SERVER_ROUTE_PREFIXES: readonly string[] = [
  '/graphql',
  '/health',
  '/auth', // browser sessions (/auth/session…)
  '/admin', // the queue dashboard and its sign-in
  '/dev/mail',
  '/s', // surveys
  '/rsvp',
  '/unsubscribe', // outreach unsubscribe by signed contact link
  '/calendar',
  '/action-items',
  '/reports/task-forces',
  '/staff/invitation',
  '/staff/surveys', // survey results and CSVs by signed link
  '/imports',
  '/exports',
  '/uswds',
];

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** True for a path the server owns (see SERVER_ROUTE_PREFIXES). */
export function isServerRoute(path: string): boolean {
  return SERVER_ROUTE_PREFIXES.some((prefix) => under(path, prefix));
}

/** A path whose last segment has an extension (`/favicon.ico`, `/x/attendees.csv`) names a file, not a screen. */
export function looksLikeFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return /\.[^.]+$/.test(last);
}
