import { cleanForumTranslations, forumContentIn, missingForumTranslations } from './forum-translations';

const forum = {
  title: 'Eastbrook listening session',
  description: 'Tell us how safe you feel.',
  accessibilityNotes: null,
  agenda: [
    { title: 'Welcome', speaker: 'Chief Ortega', durationMinutes: 10, notes: null },
    { title: 'Questions', speaker: null, durationMinutes: 60, notes: 'Any question is welcome.' },
  ],
};

describe('Forum translations', () => {
  it('keeps each enabled language’s text, trimmed, drops blanks and trailing empty agenda items', () => {
    const cleaned = cleanForumTranslations(
      [
        { language: 'vi', title: '  Buổi lắng nghe  ', description: ' ', agenda: [{ title: 'Chào mừng' }, { title: '', notes: null }] },
        { language: 'ar', title: '' },
      ],
      ['en', 'vi', 'ar'],
    );
    expect(cleaned).toEqual({ vi: { title: 'Buổi lắng nghe', agenda: [{ title: 'Chào mừng', notes: null }] } });
  });

  it('names an unknown code, English, and a language the agency has not enabled, by field', () => {
    const refused = (() => {
      try {
        cleanForumTranslations([{ language: 'vi' }, { language: 'xx', title: 'T' }], ['en', 'vi']);
      } catch (error) {
        return error as { details: { field?: string }; message: string };
      }
    })();
    expect(refused?.details.field).toBe('input.translations.1.language');
    expect(refused?.message).toContain('"xx"');
    expect(() => cleanForumTranslations([{ language: 'en', title: 'T' }], ['en'])).toThrow(/English is the forum's own/);
    expect(() => cleanForumTranslations([{ language: 'ko', title: 'T' }], ['en', 'vi'], 'input')).toThrow(/"ko" \(Korean\) is not one of the agency's enabled languages/);
  });

  it('reads each text in the reader’s language, English standing in (and saying so) where one is missing', () => {
    const translations = { vi: { title: 'Buổi lắng nghe', agenda: [{ title: 'Chào mừng' }] } };
    const vi = forumContentIn({ ...forum, translations }, 'vi');
    expect(vi).toMatchObject({ title: 'Buổi lắng nghe', titleLanguage: 'vi', description: 'Tell us how safe you feel.', descriptionLanguage: 'en', fellBack: true });
    expect(vi.agenda.map((a) => a.title)).toEqual(['Chào mừng', 'Questions']);
    expect(vi.agendaLanguages).toEqual(['vi', 'en']);
    expect(vi.agenda[0].speaker).toBe('Chief Ortega');
    expect(forumContentIn({ ...forum, translations }, 'en')).toMatchObject({ title: 'Eastbrook listening session', fellBack: false });
  });

  it('lists what each enabled language other than English lacks, by field', () => {
    const missing = missingForumTranslations({ ...forum, translations: { vi: { title: 'T', description: 'D', agenda: [{ title: 'A' }, { title: 'B', notes: 'N' }] } } }, ['en', 'vi', 'ar']);
    expect(missing.filter((m) => m.language === 'vi')).toEqual([]);
    expect(missing.map((m) => m.field)).toEqual(['title', 'description', 'agenda.0.title', 'agenda.1.title', 'agenda.1.notes']);
    expect(missing[3].message).toBe('Agenda item 2 has no Arabic text');
  });
});
