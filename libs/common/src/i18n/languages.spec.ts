import { isLanguageCode, LANGUAGE_CODES, LANGUAGES, matchLanguage } from './languages';

describe('languages', () => {
  it('describes every shipped code, Arabic right-to-left', () => {
    for (const code of LANGUAGE_CODES) expect(LANGUAGES[code].code).toBe(code);
    expect(LANGUAGES.ar.dir).toBe('rtl');
    expect(LANGUAGE_CODES.filter((code) => LANGUAGES[code].dir === 'rtl')).toEqual(['ar']);
  });

  it('matches browser and contact tags to a shipped language', () => {
    expect(matchLanguage('es-MX')).toBe('es');
    expect(matchLanguage('zh-CN')).toBe('zh-Hans');
    expect(matchLanguage('zh-TW')).toBeNull();
    expect(matchLanguage('fil')).toBe('tl');
    expect(matchLanguage('VI')).toBe('vi');
    expect(matchLanguage('fr')).toBeNull();
    expect(matchLanguage('')).toBeNull();
    expect(isLanguageCode('ko')).toBe(true);
    expect(isLanguageCode('kr')).toBe(false);
  });
});
