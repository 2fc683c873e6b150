import { generateRsvpToken, hashRsvpToken, normaliseRsvpToken, openRsvpToken, sealRsvpToken } from './rsvp-token';
import { rsvpTokenFrom } from './replies/reply-interpreter';

const SECRET = 'a-link-secret-of-at-least-32-characters!';

describe('RSVP tokens', () => {
  it('are 40 random lower-case hex characters that survive the reply address round trip', () => {
    const token = generateRsvpToken();
    expect(token).toMatch(/^[a-f0-9]{40}$/);
    expect(generateRsvpToken()).not.toBe(token);
    expect(rsvpTokenFrom([`RSVP+${token.toUpperCase()}@Replies.Example`])).toBe(token);
  });

  it('are stored only as a hash and a sealed copy that opens with the secret alone', () => {
    const token = generateRsvpToken();
    const sealed = sealRsvpToken(token, SECRET);
    expect(sealed).not.toContain(token);
    expect(hashRsvpToken(token)).not.toContain(token);
    expect(openRsvpToken(sealed, SECRET)).toBe(token);
    expect(() => openRsvpToken(sealed, `${SECRET}-other`)).toThrow();
  });

  it('a tampered sealed copy does not open', () => {
    const sealed = Buffer.from(sealRsvpToken(generateRsvpToken(), SECRET), 'base64url');
    sealed[sealed.length - 1] ^= 1;
    expect(() => openRsvpToken(sealed.toString('base64url'), SECRET)).toThrow();
  });

  it('anything that cannot be a token is refused before any lookup', () => {
    expect(normaliseRsvpToken('../../etc')).toBeNull();
    expect(normaliseRsvpToken('')).toBeNull();
    expect(normaliseRsvpToken('A'.repeat(40))).toBe('a'.repeat(40));
  });
});
