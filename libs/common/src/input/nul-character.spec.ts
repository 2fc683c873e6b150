import { DomainError } from '../errors/domain-error';
import { findNulCharacter, refuseNulCharacters } from './nul-character';

describe('NUL characters in caller input', () => {
  it('finds the first one by its input path, through nested objects, lists and keys', () => {
    expect(findNulCharacter({ name: 'ok', agenda: [{ title: 'a' }, { title: 'b\u0000' }] }, 'input')).toBe('input.agenda.1.title');
    expect(findNulCharacter({ changes: { 'k\u0000': 1 } }, '')).toBe('changes.k\u0000');
    expect(findNulCharacter('x\u0000', 'reason')).toBe('reason');
    expect(findNulCharacter({ when: new Date(), n: 1, none: null, list: ['a', 'b'] }, 'input')).toBeNull();
  });

  it('refuses it as bad input naming the field', () => {
    let error: unknown;
    try {
      refuseNulCharacters({ text: 'a\u0000b' }, 'filter');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'BAD_USER_INPUT', code: 'NUL_CHARACTER', details: { field: 'filter.text' } });
  });
});
