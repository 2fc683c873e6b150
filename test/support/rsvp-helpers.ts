import { ReceivedMail } from '@app/testing';

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

export async function until<T>(probe: () => Promise<T | null | undefined | false>, what: string, tries = 400): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
