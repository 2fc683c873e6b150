import { renderErrorText } from '@app/common';
import { parseCsv } from './csv-format';
import { validateRows } from './validate-rows';

const HOODS = ['Old Town', 'Northgate'];
/** Validation with each row error as the English reader sees it (its `text` renders the same message). */
const validate = (lines: string[]) => {
  const result = validateRows(parseCsv(lines.join('\n')), HOODS);
  for (const error of result.errors) expect(error.text && renderErrorText(error.text)).toBe(error.message);
  return { ...result, errors: result.errors.map(({ row, column, message }) => ({ row, column, message })) };
};

describe('Validating import rows', () => {
  it('groups rows into organisations and contacts, normalising values', () => {
    const result = validate([
      'organisation_name,organisation_type,focus_areas,neighbourhoods,contact_name,contact_email,contact_language',
      'Youth First,ngo,Youth Safety; GANGS,northgate; old town,Ana,ANA@x.org,ES',
      'Youth First,NGO,youth safety;gangs,Northgate;Old Town,Ben,ben@x.org,',
      'Empty Org,school,,,,,',
    ]);
    expect(result.errors).toEqual([]);
    expect(result.organisations).toEqual([
      { key: 'youth first', row: 2, name: 'Youth First', type: 'NGO', focusAreas: ['youth safety', 'gangs'], neighbourhoods: ['Northgate', 'Old Town'] },
      { key: 'empty org', row: 4, name: 'Empty Org', type: 'SCHOOL', focusAreas: [], neighbourhoods: [] },
    ]);
    expect(result.contacts.map((c) => [c.email, c.preferredLanguage, c.organisationKey])).toEqual([
      ['ana@x.org', 'es', 'youth first'],
      ['ben@x.org', 'en', 'youth first'],
    ]);
  });

  it('flags a contact with a name but no email, and an organisation row without a name', () => {
    const result = validate(['organisation_name,organisation_type,contact_name,contact_email', 'Org,NGO,Ana,', ',NGO,,']);
    expect(result.errors).toEqual([
      { row: 2, column: 'contact_email', message: 'contact_email is required' },
      { row: 3, column: 'organisation_name', message: 'organisation_name is required' },
    ]);
  });

  it('matches rows of one organisation case-insensitively but refuses two spellings of its name (the stored name would be ambiguous)', () => {
    const result = validate(['organisation_name,organisation_type,contact_name,contact_email', 'Youth First,NGO,Ana,ana@x.org', 'youth first,NGO,Ben,ben@x.org']);
    expect(result.errors).toEqual([
      { row: 3, column: 'organisation_name', message: 'organisation_name differs from row 2 for the same organisation ("Youth First")' },
    ]);
  });

  it('flags rows with more cells than the header', () => {
    const result = validate(['organisation_name,organisation_type,contact_name,contact_email', 'Org,NGO,,,surplus']);
    expect(result.errors).toEqual([{ row: 2, column: null, message: 'The row has 5 cells but the header has 4 columns' }]);
  });

  it('refuses a cell holding the NUL character, naming its column (PostgreSQL cannot store it)', () => {
    const result = validate(['organisation_name,organisation_type,notes,contact_name,contact_email', 'Org\u0000,NGO,a\u0000b,Ana,ana@x.org']);
    expect(result.errors).toEqual([
      { row: 2, column: 'organisation_name', message: 'organisation_name must not contain the NUL character (U+0000)' },
      { row: 2, column: 'notes', message: 'notes must not contain the NUL character (U+0000)' },
    ]);
    expect(result.organisations).toEqual([]);
    expect(result.contacts).toEqual([]);
  });

  it('refuses a yes/no cell it cannot read', () => {
    const result = validate(['organisation_name,organisation_type,contact_name,contact_email,contact_opted_out', 'Org,NGO,Ana,ana@x.org,maybe']);
    expect(result.errors).toEqual([{ row: 2, column: 'contact_opted_out', message: 'contact_opted_out "maybe" must be yes or no' }]);
  });
});
