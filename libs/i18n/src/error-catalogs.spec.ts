import { InputError, LANGUAGE_CODES, RequestContext, errorText } from '@app/common';
import { ERROR_CATALOG_FILES, errorTextForCaller, translateErrorText } from './error-catalogs';
import { messagePlaceholders } from './testing';
// The same reading of the source that rewrites en.json (plain JavaScript, shared with the script).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extractErrorTemplates } = require('../../../scripts/error-templates.js') as {
  extractErrorTemplates(): { templates: Map<string, string>; problems: string[] };
};

const english = ERROR_CATALOG_FILES.en;
const keys = Object.keys(english).filter((key) => key !== '_meta');
/** Field and column names are English code names; a translation shown beside the field may leave them out. */
const MAY_DROP = new Set(['property', 'field', 'column']);
const placeholders = (text: string, language: string) => messagePlaceholders(text, language, { ignoreTag: true });

describe('error message catalogs', () => {
  const source = extractErrorTemplates();

  it('every errorText(...) and validationMessage(...) in the code takes a string literal', () => {
    expect(source.problems).toEqual([]);
  });

  it('the English catalog lists exactly the templates the code writes (node scripts/error-templates.js rewrites it)', () => {
    const missing = [...source.templates].filter(([template]) => !(template in english)).map(([template, where]) => `${where}: "${template}" is not in en.json`);
    const unused = keys.filter((key) => !source.templates.has(key)).map((key) => `en.json has "${key}", which no code writes`);
    expect([...missing, ...unused]).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('the %s error catalog has every English template, and no other', (language) => {
    const catalog = ERROR_CATALOG_FILES[language];
    const missing = keys.filter((key) => typeof catalog[key] !== 'string').map((key) => `${language} lacks "${key}"`);
    const extra = Object.keys(catalog).filter((key) => key !== '_meta' && !(key in english)).map((key) => `${language} has unknown "${key}"`);
    expect([...missing, ...extra]).toEqual([]);
  });

  it.each(LANGUAGE_CODES)('every %s error message parses and keeps the English placeholders', (language) => {
    const problems: string[] = [];
    for (const key of keys) {
      const text = ERROR_CATALOG_FILES[language][key];
      if (typeof text !== 'string') continue;
      try {
        const own = placeholders(text, language);
        const reference = placeholders(key, 'en');
        const unknown = own.filter((name) => !reference.includes(name));
        const dropped = reference.filter((name) => !own.includes(name) && !MAY_DROP.has(name));
        if (unknown.length || dropped.length) problems.push(`${language} "${key}": unknown {${unknown.join(', ')}}, dropped {${dropped.join(', ')}}`);
      } catch (error) {
        problems.push(`${language} "${key}" does not parse: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((code) => code !== 'en'))('the %s error catalog says in its header whether a person has reviewed it', (language) => {
    const meta = ERROR_CATALOG_FILES[language]._meta;
    expect(meta.language).toBe(language);
    expect(['machine-drafted', 'reviewed']).toContain(meta.status);
    if (meta.status === 'machine-drafted') expect(meta.note).toMatch(/machine-drafted/i);
  });
});

describe('translateErrorText', () => {
  it('renders English as the code wrote it, and another language from its catalog, values and nested texts included', () => {
    const error = new InputError('input.neighbourhood', errorText("must be one of the agency's neighbourhoods ({neighbourhoods})", { neighbourhoods: errorText('none set') }));
    expect(error.message).toBe("must be one of the agency's neighbourhoods (none set)");
    expect(translateErrorText(error.text, 'en')).toBe(error.message);
    const vietnamese = translateErrorText(error.text, 'vi');
    expect(vietnamese).not.toBe(error.message);
    expect(vietnamese).toContain(ERROR_CATALOG_FILES.vi['none set'] as string);
  });

  it('keeps English for a template no catalog has, and follows the request language', () => {
    const unknown = { template: 'not in any catalog: {n}', values: { n: 3 } };
    expect(translateErrorText(unknown, 'ar')).toBe('not in any catalog: 3');
    const text = errorText('must not be empty');
    expect(RequestContext.run('req-00000001', () => errorTextForCaller(text), 'es')).toBe(ERROR_CATALOG_FILES.es['must not be empty']);
    expect(RequestContext.run('req-00000002', () => errorTextForCaller(text))).toBe('must not be empty');
  });
});
