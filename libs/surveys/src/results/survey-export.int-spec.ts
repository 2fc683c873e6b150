import { parse } from 'csv-parse/sync';
import { SurveysTestBed, answerSurveyOn, createSurveysTestBed, everyTypeSurveyInput } from '@app/testing';
import { ANONYMOUS_EXPORT_NOTE } from './survey-export.service';

const AREAS = ['Old Town', 'Northgate', 'Eastbrook'];

describe('Exports of raw responses', () => {
  let bed: SurveysTestBed;

  beforeAll(async () => {
    bed = await createSurveysTestBed(AREAS);
  });
  afterAll(() => bed.t.close());

  /**
   * 17 residents: 10 in the week of 5 January 2026 (ISO week 2), 6 in the next, 1 in the one
   * after; 9 in Eastbrook, 7 in Old Town, 1 in Northgate; one of them answers in Spanish.
   */
  async function answered(anonymous: boolean) {
    const survey = await bed.surveys.create(bed.actor, everyTypeSurveyInput({ anonymous }) as never);
    await bed.surveys.publish(bed.actor, survey.id);
    const form = (await bed.responses.loadForm(survey.slug))!;
    const q = (key: string) => form.questions.find((x) => x.key === key)!.id;
    const residents = Array.from({ length: 17 }, (_, i) => ({
      day: i < 10 ? `2026-01-0${5 + (i % 2)}` : i < 16 ? '2026-01-13' : '2026-01-21',
      area: i < 9 ? 'Eastbrook' : i < 16 ? 'Old Town' : 'Northgate',
      language: i === 3 ? ('es' as const) : ('en' as const),
      comments: `Comment ${i}`,
    }));
    for (const day of [...new Set(residents.map((r) => r.day))]) {
      await answerSurveyOn(bed.t.dataSource, survey.id, day, async () => {
        for (const r of residents.filter((x) => x.day === day)) {
          const answers = { [q('area')]: { values: [r.area] }, [q('safe')]: { values: ['3'] }, [q('contacted')]: { values: ['NO'] }, [q('comments')]: { values: [r.comments] } };
          await bed.responses.submit({ form, language: r.language, answers });
        }
      });
    }
    return { survey, comments: q('comments') };
  }

  it('gives an anonymous survey’s responses by week, and a week, language or neighbourhood only where 5 or more share it, saying so first', async () => {
    const { survey } = await answered(true);
    const [note, header, ...rows] = parse(await bed.exports.responsesCsv(bed.actor, survey.id), { relax_column_count: true }) as string[][];
    expect(note).toEqual([ANONYMOUS_EXPORT_NOTE]);
    expect(note[0]).toContain('ISO week');
    expect(header.slice(0, 4)).toEqual(['response', 'week', 'language', 'neighbourhood']);
    expect(rows).toHaveLength(17);
    expect(rows.flat().filter((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell))).toEqual([]);
    const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);
    // 10, 6 and 1 responses a week: the week of 1 is withheld, and the week of 6 with it (else 17 less 10 less 6 gives it).
    expect(column('week')).toEqual([...Array(10).fill('2026-W02'), ...Array(7).fill('withheld')]);
    // 16 in English, 1 in Spanish: neither language is shown.
    expect(new Set(column('language'))).toEqual(new Set(['withheld']));
    // 9 in Eastbrook, 7 in Old Town, 1 in Northgate.
    expect(column('neighbourhood').sort()).toEqual([...Array(9).fill('Eastbrook'), ...Array(8).fill('withheld')]);
    // The neighbourhood question's own column gives away no more than the neighbourhood column.
    expect(column('area').sort()).toEqual([...Array(9).fill('Eastbrook'), ...Array(8).fill('withheld')]);
  });

  it('lists an anonymous survey’s text answers by the week they were sent', async () => {
    const { survey, comments } = await answered(true);
    const texts = await bed.exports.textAnswers(bed.actor, survey.id, comments, 100);
    expect(new Set(texts.map((a) => a.submittedOn))).toEqual(new Set(['2026-01-05', '2026-01-12', '2026-01-19']));
    // Within a week by text, not by day.
    expect(texts.slice(0, 1)).toEqual([{ text: 'Comment 16', submittedOn: '2026-01-19' }]);
    expect(texts.filter((a) => a.submittedOn === '2026-01-05').map((a) => a.text)).toEqual(Array.from({ length: 10 }, (_, i) => `Comment ${i}`).sort());
  });

  it('keeps the day, language and neighbourhood of a named survey’s responses', async () => {
    const { survey } = await answered(false);
    const [header, ...rows] = parse(await bed.exports.responsesCsv(bed.actor, survey.id)) as string[][];
    expect(header.slice(0, 4)).toEqual(['response', 'day', 'language', 'neighbourhood']);
    expect(rows.map((r) => r[1])).toContain('2026-01-21');
    expect(rows.map((r) => r[3])).toContain('Northgate');
    expect(rows.map((r) => r[2])).toContain('es');
  });
});
