import { LANGUAGE_CODES } from '@app/common';
import { CATALOG_FILES } from './translator';
import { messagePlaceholders as argumentNames } from './testing';

const english = CATALOG_FILES.en;
const keys = Object.keys(english).filter((key) => key !== '_meta');

describe('message catalogs', () => {
  it.each(LANGUAGE_CODES)('the %s catalog has every key the English catalog has', (language) => {
    const catalog = CATALOG_FILES[language];
    const missing = keys.filter((key) => typeof catalog[key] !== 'string').map((key) => `${language} lacks "${key}"`);
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('the %s catalog has no key the English catalog lacks', (language) => {
    const extra = Object.keys(CATALOG_FILES[language]).filter((key) => key !== '_meta' && !(key in english)).map((key) => `${language} has unknown "${key}"`);
    expect(extra).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('every message of the %s catalog parses as ICU MessageFormat and uses the English placeholders', (language) => {
    const problems: string[] = [];
    for (const key of keys) {
      const text = CATALOG_FILES[language][key];
      if (typeof text !== 'string') continue;
      try {
        const own = argumentNames(text, language);
        const reference = argumentNames(english[key] as string, 'en');
        if (own.join() !== reference.join()) problems.push(`${language} "${key}" uses {${own.join(', ')}}, English {${reference.join(', ')}}`);
      } catch (error) {
        problems.push(`${language} "${key}" does not parse: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('the %s catalog says in its header whether a person has reviewed it', (language) => {
    const meta = CATALOG_FILES[language]._meta;
    expect(meta.language).toBe(language);
    expect(['machine-drafted', 'reviewed']).toContain(meta.status);
    if (meta.status === 'machine-drafted') expect(meta.note).toMatch(/machine-drafted/i);
  });
});
