import { renderErrorText } from '@app/common';
import {
  agencyNeighbourhoods,
  focusAreas,
  normaliseContactEmail,
  optionalPhone,
  optionalWebsite,
  organisationType,
  preferredLanguage,
} from './partner-fields';
import type { Checked } from './partner-fields';

/** A check's outcome with its message in English, as the English reader sees it. */
const inEnglish = <T>(checked: Checked<T>) => (checked.ok ? checked : { ok: false, message: renderErrorText(checked.message) });

describe('Partner fields', () => {
  it('normalises emails (trim, lower-case) and refuses malformed ones', () => {
    expect(normaliseContactEmail('  Ana.Ruiz@Example.ORG ')).toEqual({ ok: true, value: 'ana.ruiz@example.org' });
    for (const bad of ['', 'ana', 'ana@', '@example.org', 'ana@example', 'ana ruiz@example.org', 'a,b@example.org']) {
      expect(normaliseContactEmail(bad).ok).toBe(false);
    }
    expect(inEnglish(normaliseContactEmail(`${'a'.repeat(250)}@x.org`))).toEqual({ ok: false, message: 'is longer than 254 characters' });
  });

  it('gives bare website domains https:// and refuses other schemes', () => {
    expect(optionalWebsite('www.example.org')).toEqual({ ok: true, value: 'https://www.example.org' });
    expect(optionalWebsite('http://example.org/about')).toEqual({ ok: true, value: 'http://example.org/about' });
    expect(optionalWebsite('')).toEqual({ ok: true, value: null });
    expect(optionalWebsite('javascript:alert(1)').ok).toBe(false);
    expect(optionalWebsite('not a site').ok).toBe(false);
  });

  it('accepts common phone formats and refuses words', () => {
    for (const phone of ['(555) 010-2000', '+1 555 010 2000', '555.010.2000 ext 12']) expect(optionalPhone(phone).ok).toBe(true);
    expect(optionalPhone('call me').ok).toBe(false);
  });

  it('reads organisation types loosely (case, spaces) and lists the valid ones when unknown', () => {
    expect(organisationType('mental health agency')).toEqual({ ok: true, value: 'MENTAL_HEALTH_AGENCY' });
    const unknown = organisationType('Charity');
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && renderErrorText(unknown.message)).toContain('NGO, SCHOOL');
  });

  it("keeps only the agency's neighbourhoods, in its spelling, and tags lower-case without repeats", () => {
    expect(agencyNeighbourhoods(['old town', 'OLD TOWN', 'Northgate'], ['Old Town', 'Northgate'])).toEqual({ ok: true, value: ['Old Town', 'Northgate'] });
    expect(agencyNeighbourhoods(['Atlantis'], ['Old Town']).ok).toBe(false);
    expect(focusAreas([' Mental  Health', 'mental health', 'Gangs'])).toEqual({ ok: true, value: ['mental health', 'gangs'] });
  });

  it('defaults the language to en and keeps region subtags', () => {
    expect(preferredLanguage('')).toEqual({ ok: true, value: 'en' });
    expect(preferredLanguage('ES')).toEqual({ ok: true, value: 'es' });
    expect(preferredLanguage('pt-BR')).toEqual({ ok: true, value: 'pt-BR' });
    expect(preferredLanguage('Spanish please').ok).toBe(false);
  });
});
