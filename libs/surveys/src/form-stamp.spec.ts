import { signFormStart, verifyFormStart } from './form-stamp';

const SECRET = 'test-link-secret-0123456789abcdefghijklmnop';
const SURVEY = '9f1c1f7e-3f0e-4f55-9d0c-8b2f9e8d1a01';

describe('form-start stamps', () => {
  it('verifies a stamp it signed and returns the start time', () => {
    expect(verifyFormStart(SECRET, SURVEY, signFormStart(SECRET, SURVEY, 1_796_000_000_000))).toBe(1_796_000_000_000);
  });

  it('refuses a stamp signed with another secret, for another survey, or with a changed time', () => {
    const stamp = signFormStart(SECRET, SURVEY, 1_796_000_000_000);
    expect(verifyFormStart('another-secret-0123456789abcdefghijklmnop', SURVEY, stamp)).toBeNull();
    expect(verifyFormStart(SECRET, '00000000-0000-4000-8000-000000000000', stamp)).toBeNull();
    expect(verifyFormStart(SECRET, SURVEY, stamp.replace(/^\d/, '2'))).toBeNull();
    expect(verifyFormStart(SECRET, SURVEY, undefined)).toBeNull();
  });
});
