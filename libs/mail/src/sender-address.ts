/**
 * The From of a message: the agency's sender name, shown by mail programs, on our own address.
 * The name becomes an RFC 5322 quoted string, in which `"` and `\` would end or escape the
 * quoting and a line break would start a header of the sender name's own: quotes become
 * apostrophes, backslashes and control characters are dropped (an admin typed the name; a
 * name ending in `\` left the From unreadable and the mail unsendable).
 */
export function senderAddress(name: string | null | undefined, address: string): string {
  const shown = (name ?? '')
    .replace(/"/g, "'")
    .replace(/[\\\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return shown ? `"${shown}" <${address}>` : address;
}
