import Redis from 'ioredis';
import { StaffRole } from '@app/common';
import { OrganisationType } from '@app/partners';
import { SmtpSink, TestApp, createAgency, createContacts, createForum, createOrganisation, createSignedInStaff } from '@app/testing';
import { INVITE, until } from './rsvp-helpers';

/**
 * What the fault and scale-out suites share: a fan-out to `count` new contacts, and counting
 * it per recipient at the SMTP sink.
 */

/** Invites `count` new contacts of a new agency (one organisation in `neighbourhood`) to a new forum; returns their addresses. */
export async function inviteMany(t: TestApp, count: number, neighbourhood = 'Northgate'): Promise<string[]> {
  const db = t.dataSource;
  const agency = await createAgency(db);
  const officer = await createSignedInStaff(db, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
  const forum = await createForum(db, agency.id);
  const org = await createOrganisation(db, agency.id, { type: OrganisationType.NGO, neighbourhoods: [neighbourhood] });
  const ids = await createContacts(db, agency.id, count, org.id);
  const result = await t.graphql.data<{ inviteToForum: { invited: number } }>(INVITE, { forumId: forum.id, input: { audience: { neighbourhoods: [neighbourhood] } } }, officer.token);
  if (result.inviteToForum.invited !== count) throw new Error(`invited ${result.inviteToForum.invited}, not ${count}`);
  return addressesOf(t, ids);
}

/** The email addresses of these contacts. */
export async function addressesOf(t: Pick<TestApp, 'dataSource'>, contactIds: string[]): Promise<string[]> {
  const rows: { email: string }[] = await t.dataSource.query(`SELECT email FROM contacts WHERE id = ANY($1::uuid[])`, [contactIds]);
  return rows.map((r) => r.email);
}

/** Counted per recipient at the sink: who got nothing, and how many mails beyond one each. */
export function tally(sink: SmtpSink, addresses: string[]): { lost: number; duplicates: number } {
  const wanted = new Set(addresses);
  const perAddress = new Map<string, number>();
  for (const mail of sink.messages) for (const to of mail.envelopeTo) if (wanted.has(to)) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  return { lost: addresses.filter((a) => !perAddress.has(a)).length, duplicates: [...perAddress.values()].reduce((sum, n) => sum + n - 1, 0) };
}

/** Deletes every key under one app's prefix (other files share the Redis); returns how many. */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl);
  try {
    const keys = await redis.keys(`${prefix}:*`);
    return keys.length ? await redis.unlink(...keys) : 0;
  } finally {
    redis.disconnect();
  }
}

/**
 * Waits until every outbox row to `addresses` is recorded as sent (status and `sent_at` are set together).
 * The sink has a message a moment before the worker marks its row, so a test that reads the rows as soon
 * as the sink has the mail must wait for this first.
 */
export async function untilRecordedSent(db: Pick<TestApp['dataSource'], 'query'>, addresses: string[]): Promise<void> {
  await until(async () => {
    const [row] = await db.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'SENT')::int AS sent FROM outbound_emails WHERE to_address = ANY($1::text[])`, [addresses]);
    return row.n > 0 && row.sent === row.n;
  }, 'every row to be recorded as sent');
}
