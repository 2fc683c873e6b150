import { generateKeyPairSync } from 'node:crypto';
import { StaffRole } from '@app/common';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff } from '@app/testing';
import { INVITE } from './support/rsvp-helpers';
import { verifyDkim } from './support/dkim-verify';

const DOMAIN = 'replies.liaison.test';

/**
 * With DKIM_PRIVATE_KEY, DKIM_SELECTOR and DKIM_DOMAIN set, every message leaves signed: the
 * test recomputes the body hash and checks the RSA signature over the signed headers with
 * the public key, as a receiving server does after looking up <selector>._domainkey.<domain>.
 */
describe('DKIM signing', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let stack: MailTestStack;

  beforeAll(async () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // As one line with \n escapes, the way a key is put in an environment file.
    stack = await createMailTestStack({ MAIL_DOMAIN: DOMAIN, DKIM_PRIVATE_KEY: pem.replace(/\n/g, '\\n'), DKIM_SELECTOR: 'liaison2026', DKIM_DOMAIN: 'riverside-pd.example' });
  });
  afterAll(() => stack.close());

  it('an invitation received at the sink carries a DKIM-Signature for d=DKIM_DOMAIN, s=DKIM_SELECTOR that verifies over From, Subject, List-Unsubscribe(-Post), Feedback-ID and the body', async () => {
    const db = stack.t.dataSource;
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const contact = await createContact(db, agency.id);
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [contact.id] } }, officer.token);
    const [mail] = await stack.sink.waitFor(contact.email);

    const tags = verifyDkim(mail.raw, publicKey);
    expect(tags).toMatchObject({ v: '1', a: 'rsa-sha256', c: 'relaxed/relaxed', d: 'riverside-pd.example', s: 'liaison2026' });
    const signedHeaders = tags.h.toLowerCase().split(':');
    for (const name of ['from', 'subject', 'message-id', 'list-unsubscribe', 'list-unsubscribe-post', 'feedback-id']) expect(signedHeaders).toContain(name);

    // A changed body no longer verifies: the check is real.
    const tampered = mail.raw.replace(/Will you come\?/, 'Will you pay?');
    expect(tampered).not.toBe(mail.raw);
    expect(() => verifyDkim(tampered, publicKey)).toThrow(/body hash differs/);
  });
});
