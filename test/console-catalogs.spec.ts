import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { messagePlaceholders } from '@app/i18n/testing';

// The console's English text is each message's defaultMessage in the areas' `*.messages.ts`;
// every other language is a catalog file that must translate every one of those messages.
const root = join(__dirname, '..');
const consoleSrc = join(root, 'apps', 'console', 'src');
const catalogDir = join(consoleSrc, 'i18n', 'catalogs');
const LANGUAGES = ['es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Descriptor {
  id: string;
  defaultMessage: string;
}

const sources = files(consoleSrc);
const messageFiles = sources.filter((file) => file.endsWith('.messages.ts'));

/** Every console message by id, from every `*.messages.ts`. */
function englishMessages(): { messages: Map<string, string>; clashes: string[] } {
  const messages = new Map<string, string>();
  const clashes: string[] = [];
  for (const file of messageFiles) {
    const module = require(file) as Record<string, unknown>;
    // A messages file may also export plain lists (the forum types, say) beside its catalogs.
    const catalogs = Object.values(module).filter((value): value is Record<string, Descriptor> => !!value && typeof value === 'object' && !Array.isArray(value));
    for (const catalog of catalogs) {
      for (const { id, defaultMessage } of Object.values(catalog).filter((d): d is Descriptor => typeof d?.id === 'string')) {
        const seen = messages.get(id);
        if (seen !== undefined && seen !== defaultMessage) clashes.push(`${relative(root, file)}: "${id}" is also "${seen}"`);
        messages.set(id, defaultMessage);
      }
    }
  }
  return { messages, clashes };
}

const { messages: english, clashes } = englishMessages();
const catalogOf = (language: string): Record<string, unknown> => JSON.parse(readFileSync(join(catalogDir, `${language}.json`), 'utf8'));

describe('console message catalogs', () => {
  it('every message is defined in a *.messages.ts file, each id once', () => {
    const elsewhere = sources.filter((file) => !file.endsWith('.messages.ts') && !file.endsWith(join('i18n', 'catalog.ts')) && /defineCatalog\(/.test(readFileSync(file, 'utf8')));
    expect(elsewhere.map((file) => relative(root, file))).toEqual([]);
    expect(clashes).toEqual([]);
    expect(english.size).toBeGreaterThan(1000);
  });

  it('ships a catalog for every language the console offers, and no other', () => {
    const shipped = readdirSync(catalogDir).filter((name) => name.endsWith('.json')).map((name) => name.replace(/\.json$/, ''));
    expect(shipped.sort()).toEqual([...LANGUAGES].sort());
    const offered = readFileSync(join(consoleSrc, 'i18n', 'console-languages.ts'), 'utf8');
    for (const language of ['en', ...LANGUAGES]) expect(offered).toContain(`'${language}'`);
  });

  it.each(LANGUAGES)('the %s catalog has every message the console shows, and no unknown key', (language) => {
    const catalog = catalogOf(language);
    const missing = [...english.keys()].filter((id) => typeof catalog[id] !== 'string').map((id) => `${language} lacks "${id}"`);
    const unknown = Object.keys(catalog).filter((id) => id !== '_meta' && !english.has(id)).map((id) => `${language} has unknown "${id}"`);
    expect([...missing, ...unknown]).toEqual([]);
  });

  it.each(LANGUAGES)('every %s message parses as ICU MessageFormat with the English placeholders', (language) => {
    const catalog = catalogOf(language);
    const problems: string[] = [];
    for (const [id, text] of english) {
      const own = catalog[id];
      if (typeof own !== 'string') continue;
      try {
        const theirs = messagePlaceholders(own, language).join(', ');
        const ours = messagePlaceholders(text, 'en').join(', ');
        if (theirs !== ours) problems.push(`${language} "${id}" uses {${theirs}}, English {${ours}}`);
      } catch (error) {
        problems.push(`${language} "${id}" does not parse: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGUAGES)('the %s catalog says in its header whether a person has reviewed it', (language) => {
    const meta = catalogOf(language)._meta as { language: string; status: string; note?: string };
    expect(meta.language).toBe(language);
    expect(['machine-drafted', 'reviewed']).toContain(meta.status);
    if (meta.status === 'machine-drafted') expect(meta.note).toMatch(/machine-drafted/i);
  });
});
