/**
 * The one text value an HTML form's field was posted with. Undefined when the field is missing,
 * repeated (an array) or the post was not a form at all (another content type leaves no body):
 * a crafted post is answered like an empty field, never with an internal error.
 */
export function formText(body: unknown, name: string): string | undefined {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}
