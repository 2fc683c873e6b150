import { requireLanguageCode } from './language-input';
import { formatDateTime, formatTimeRange } from './dates';
import { Translator, languageFromAcceptHeader, languageOf, translate, translateHtml } from './translator';

describe('Translator', () => {
  it('formats ICU plurals per language', () => {
    expect(translate('en', 'mail.invitation.seats', { organisation: 'Eastside Youth', seats: 1 })).toContain('has 1 seat.');
    expect(translate('en', 'mail.invitation.seats', { organisation: 'Eastside Youth', seats: 3 })).toContain('has 3 seats.');
  });

  it('escapes values and makes <b> bold in HTML, and drops the tag in text', () => {
    expect(translateHtml('en', 'mail.invitation.invitesOnBehalf', { agency: 'A & B', organisation: '<Org>' })).toBe(
      'A &amp; B invites you, on behalf of <strong>&lt;Org&gt;</strong>, to the forum below.',
    );
    expect(translate('en', 'mail.invitation.invitesOnBehalf', { agency: 'A & B', organisation: '<Org>' })).toBe('A & B invites you, on behalf of <Org>, to the forum below.');
  });

  it('falls back to English for a tag Liaison does not ship, and gives Arabic right to left', () => {
    expect(Translator.for('so').language).toBe('en');
    expect(Translator.for('es-MX').language).toBe('es');
    expect(Translator.for('ar').dir).toBe('rtl');
    expect(languageOf(null)).toBe('en');
  });

  it('picks the best shipped language from Accept-Language by weight', () => {
    expect(languageFromAcceptHeader('fr-FR,fr;q=0.9,vi;q=0.8,en;q=0.7')).toBe('vi');
    expect(languageFromAcceptHeader('en;q=0.2, ko')).toBe('ko');
    expect(languageFromAcceptHeader('fr, de')).toBeNull();
    expect(languageFromAcceptHeader(undefined)).toBeNull();
  });

  it('throws naming a key the English catalog lacks', () => {
    expect(() => translate('en', 'no.such.key' as never)).toThrow('No message "no.such.key" in the English catalog');
  });
});

describe('dates', () => {
  const start = new Date('2027-01-19T00:30:00Z');
  const end = new Date('2027-01-19T02:00:00Z');

  it('gives a Chicago forum in English as "Monday, January 18, 2027, 6:30–8:00 PM CST"', () => {
    expect(formatTimeRange(start, end, 'America/Chicago', 'en')).toBe('Monday, January 18, 2027, 6:30–8:00 PM CST');
  });

  it('follows the reader\'s language', () => {
    expect(formatTimeRange(start, end, 'America/Chicago', 'es')).toBe('lunes, 18 de enero de 2027, 6:30–8:00 p.m. CST');
    expect(formatTimeRange(start, end, 'America/Chicago', 'vi')).toContain('2027');
  });

  it('shows both days when a range crosses midnight', () => {
    expect(formatTimeRange(start, new Date('2027-01-19T07:00:00Z'), 'America/Chicago', 'en')).toBe('Monday, January 18, 2027 at 6:30 PM CST – Tuesday, January 19, 2027 at 1:00 AM CST');
  });

  it('names one moment with its zone', () => {
    expect(formatDateTime(start, 'America/Chicago', 'en')).toBe('Monday, January 18, 2027 at 6:30 PM CST');
  });
});

describe('requireLanguageCode', () => {
  it('accepts a shipped code and refuses another, naming the code and the field', () => {
    expect(requireLanguageCode('zh-Hans', 'input.languages')).toBe('zh-Hans');
    expect(() => requireLanguageCode('xx', 'input.languages')).toThrow('"xx" is not a language Liaison ships; use one of en, es, vi, zh-Hans, tl, ko, ar');
    try {
      requireLanguageCode('fr', 'input.languages.1');
    } catch (error) {
      expect((error as { details: { field: string } }).details.field).toBe('input.languages.1');
    }
    expect.assertions(3);
  });
});
