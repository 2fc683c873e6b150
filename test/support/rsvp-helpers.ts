import { ReceivedMail, eventually } from '@app/testing';

export const INVITE = `mutation($forumId: ID!, $input: InviteToForumInput!) {
  inviteToForum(forumId: $forumId, input: $input) { invited alreadyInvited skippedOptedOut organisations }
}`;

/** The link behind one of the three answer buttons in an invitation mail. */
export function answerLink(mail: ReceivedMail, answer: 'attending' | 'maybe' | 'declined'): string {
  const match = new RegExp(`(https?://\\S+/rsvp/[a-f0-9]{40}\\?answer=${answer})`).exec(mail.parsed.text ?? '');
  if (!match) throw new Error(`no ${answer} link in: ${mail.parsed.text}`);
  return match[1];
}

export function tokenOf(mail: ReceivedMail): string {
  return /\/rsvp\/([a-f0-9]{40})/.exec(mail.parsed.text ?? '')![1];
}

/** The link's page URL with the API's host (the mail carries PUBLIC_URL). */
export function onApi(apiUrl: string, link: string): string {
  const url = new URL(link);
  return `${apiUrl}${url.pathname}${url.search}`;
}

export async function postForm(url: string, fields: Record<string, string>): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  return { status: res.status, body: await res.text() };
}

export async function getPage(url: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.text() };
}

export function calendarPart(mail: ReceivedMail): string {
  const part = mail.parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error('no calendar attachment');
  return part.content.toString('utf8').replace(/\r\n[ \t]/g, '');
}

/** Waits until `probe` returns something truthy, and returns it; `tries` polls 50 ms apart bound the wait. */
export function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, tries = 400): Promise<T> {
  return eventually(
    async () => {
      const value = await probe();
      if (!value) throw new Error(`not yet: ${what}`);
      return value;
    },
    { what, intervalMs: 50, timeoutMs: tries * 50 },
  );
}

export interface MimePart {
  /** The Content-Type header, unfolded. */
  contentType: string;
  parts: MimePart[];
}

/** The raw message's MIME tree as a mail client walks it (headers unfolded, multiparts split on their boundary). */
export function mimeTree(raw: string): MimePart {
  const split = raw.search(/\r?\n\r?\n/);
  const head = (split < 0 ? raw : raw.slice(0, split)).replace(/\r?\n[ \t]+/g, ' ');
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const contentType = /^Content-Type:\s*(.*)$/im.exec(head)?.[1].trim() ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!/^multipart\//i.test(contentType) || !boundary) return { contentType, parts: [] };
  const sections = body.split(`--${boundary}`).slice(1);
  const parts = sections.filter((s) => !s.startsWith('--')).map((s) => mimeTree(s.replace(/^\r?\n/, '')));
  return { contentType, parts };
}

/** The body parts a client offers as alternatives to each other: their content types. */
export function alternativeTypes(raw: string): string[] {
  const find = (part: MimePart): MimePart | undefined =>
    /^multipart\/alternative/i.test(part.contentType) ? part : part.parts.map(find).find(Boolean);
  return find(mimeTree(raw))?.parts.map((p) => p.contentType) ?? [];
}

/** The calendar is a `text/calendar; method=…` alternative beside the plain text and HTML (and still attached as a file). */
export function expectCalendarAlternative(mail: ReceivedMail, method: 'REQUEST' | 'CANCEL'): void {
  const types = alternativeTypes(mail.raw).map((t) => t.toLowerCase().replace(/\s+/g, ''));
  expect(types).toEqual(expect.arrayContaining(['text/plain;charset=utf-8', 'text/html;charset=utf-8']));
  expect(types.filter((t) => t.startsWith('text/calendar'))).toEqual([expect.stringMatching(new RegExp(`(^|;)method=${method}(;|$)`, 'i'))]);
  expect(mail.raw).toMatch(/Content-Disposition: attachment; filename=\S+\.ics/i);
}
