import { suppressGroup, suppressOne } from './suppression';

describe('small-cell suppression', () => {
  it('reports counts of 1 to 4 as null and keeps 0 and 5 or more', () => {
    expect(suppressGroup([0, 5, 7, 3, 2])).toEqual([0, 5, 7, null, null]);
    expect(suppressOne(4)).toBeNull();
    expect(suppressOne(5)).toBe(5);
    expect(suppressOne(0)).toBe(0);
  });

  it('hides the next smallest cell when only one is hidden, so it cannot be found by subtraction', () => {
    expect(suppressGroup([10, 3, 6])).toEqual([10, null, null]);
    expect(suppressGroup([5, 1])).toEqual([null, null]);
  });

  it('leaves a lone hidden cell alone when no other cell has responses', () => {
    expect(suppressGroup([0, 4, 0])).toEqual([0, null, 0]);
  });
});
