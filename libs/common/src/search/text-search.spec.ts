import { likePattern } from './text-search';

describe('likePattern', () => {
  it('escapes LIKE wildcards in searches', () => {
    expect(likePattern(' 50%_off\\ ')).toBe('%50\\%\\_off\\\\%');
  });
});
