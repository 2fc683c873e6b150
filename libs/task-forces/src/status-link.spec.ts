import { signStatusLink, verifyStatusLink } from './status-link';

const SECRET = 'a-link-secret-of-at-least-thirty-two-chars';
const claims = { actionItemId: '11111111-1111-4111-8111-111111111111', contactId: '22222222-2222-4222-8222-222222222222', expiresAt: new Date('2030-01-01T00:00:00Z') };

describe('action item status links', () => {
  it('verifies a link it signed, with the same item, contact and expiry', () => {
    const check = verifyStatusLink(SECRET, signStatusLink(SECRET, claims), new Date('2029-12-31T00:00:00Z'));
    expect(check).toEqual({ ok: true, claims });
  });

  it('refuses a link once it has expired', () => {
    expect(verifyStatusLink(SECRET, signStatusLink(SECRET, claims), new Date('2030-01-01T00:00:01Z'))).toEqual({ ok: false, reason: 'EXPIRED' });
  });

  it('refuses a link whose contact or expiry was changed, even to extend it', () => {
    const token = signStatusLink(SECRET, claims);
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(`${claims.actionItemId}.${claims.contactId}.${4102444800 + 86400}`).toString('base64url')}.${signature}`;
    expect(verifyStatusLink(SECRET, forged, new Date('2029-01-01'))).toEqual({ ok: false, reason: 'INVALID' });
    const otherContact = `${Buffer.from(`${claims.actionItemId}.33333333-3333-4333-8333-333333333333.4102444800`).toString('base64url')}.${signature}`;
    expect(verifyStatusLink(SECRET, otherContact, new Date('2029-01-01'))).toEqual({ ok: false, reason: 'INVALID' });
  });

  it('refuses a link signed with another secret and garbage', () => {
    expect(verifyStatusLink(SECRET, signStatusLink('another-secret-of-at-least-thirty-two', claims), new Date('2029-01-01')).ok).toBe(false);
    expect(verifyStatusLink(SECRET, 'not-a-token', new Date('2029-01-01')).ok).toBe(false);
  });
});
