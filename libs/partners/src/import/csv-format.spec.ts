import { DomainError } from '@app/common';
import { decodeCsv, firstInvalidUtf8, parseCsv } from './csv-format';

function fileError(work: () => unknown): DomainError {
  try {
    work();
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('expected an error');
}

describe('CSV format', () => {
  it('accepts headers in any order and letter case, with spaces for underscores', () => {
    const parsed = parseCsv('Contact Email,ORGANISATION_NAME,organisation-type,contact_name\nA@x.org,Org,NGO,A\n');
    expect(parsed.columns).toEqual(['contact_email', 'organisation_name', 'organisation_type', 'contact_name']);
    expect(parsed.rows).toEqual([{ row: 2, cells: { contact_email: 'A@x.org', organisation_name: 'Org', organisation_type: 'NGO', contact_name: 'A' } }]);
  });

  it('lists missing, unknown and repeated headers in one error', () => {
    const err = fileError(() => parseCsv('organisation_name,org type,contact_email,contact_email\n'));
    expect(err.details).toMatchObject({ missingColumns: ['organisation_type', 'contact_name'], unknownColumns: ['org type'], repeatedColumns: ['contact_email'] });
  });

  it('keeps spreadsheet row numbers across blank lines', () => {
    const parsed = parseCsv('organisation_name,organisation_type,contact_name,contact_email\nA,NGO,,\n,,,\n\nB,NGO,,\n');
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 5]);
  });

  it('refuses bytes that are not UTF-8, naming the line; strips a UTF-8 byte-order mark', () => {
    const bad = Buffer.concat([Buffer.from('a,b\nc,'), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(firstInvalidUtf8(bad)).toBe(6);
    expect(fileError(() => decodeCsv(bad)).message).toContain('line 2');
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });

  it('refuses an empty file and unreadable CSV as file-level errors', () => {
    expect(fileError(() => parseCsv('')).message).toContain('empty');
    expect(fileError(() => parseCsv('organisation_name,organisation_type,contact_name,contact_email\n"unclosed,NGO,,\n')).message).toContain('not readable CSV');
  });
});
