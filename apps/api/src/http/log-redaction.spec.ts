import { QueryFailedError } from 'typeorm';
import { loggableError, redactRequest, redactUrl } from './log-redaction';

describe('Request log redaction', () => {
  it.each([
    ['/s/riverside-safety/AbC_123-xyz', '/s/riverside-safety/[redacted]'],
    ['/s/riverside-safety/AbC_123-xyz?lang=es', '/s/riverside-safety/[redacted]?lang=es'],
    ['/rsvp/tok3n/delegates', '/rsvp/[redacted]/delegates'],
    ['/unsubscribe/0f3a9c?lang=es', '/unsubscribe/[redacted]?lang=es'],
    ['/staff/invitation/tok3n', '/staff/invitation/[redacted]'],
    ['/action-items/tok3n', '/action-items/[redacted]'],
    ['/reports/task-forces/tok3n/csv', '/reports/task-forces/[redacted]/csv'],
    ['/staff/surveys/5b1d/results.csv?exp=1795000000000&sig=c2lnbmF0dXJl', '/staff/surveys/5b1d/results.csv?exp=1795000000000&sig=[redacted]'],
  ])('takes the secret out of %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it.each(['/s/riverside-safety', '/s/riverside-safety/results?lang=en', '/calendar/riverside.ics', '/graphql'])('leaves %s as it is', (url) => {
    expect(redactUrl(url)).toBe(url);
  });

  it('redacts the parsed query and leaves out route params, which repeat the path', () => {
    const req = { method: 'GET', url: '/rsvp/tok3n?sig=abc', query: { sig: 'abc', lang: 'es' }, params: { splat: ['rsvp', 'tok3n'] } };
    expect(redactRequest(req)).toEqual({ method: 'GET', url: '/rsvp/[redacted]?sig=[redacted]', query: { sig: '[redacted]', lang: 'es' } });
  });

  it("logs a survey answer without the sender's address, port or headers; other requests keep them", () => {
    const sender = { remoteAddress: '203.0.113.9', remotePort: 51234, headers: { 'user-agent': 'Firefox', 'x-forwarded-for': '198.51.100.4' } };
    for (const url of ['/s/riverside-safety', '/s/riverside-safety/AbC_123?lang=es', '/s/riverside-safety/']) {
      expect(redactRequest({ method: 'POST', url, query: {}, ...sender })).toEqual({ method: 'POST', url: redactUrl(url), query: {} });
    }
    expect(redactRequest({ method: 'GET', url: '/s/riverside-safety', query: {}, ...sender })).toMatchObject(sender);
    expect(redactRequest({ method: 'POST', url: '/graphql', query: {}, ...sender })).toMatchObject(sender);
  });

  it("logs a failed query without its bound values (a resident's answers), keeping the statement, code and message", () => {
    const driverError = Object.assign(new Error('insert or update on table "example_answers" violates foreign key constraint'), { code: '23503' });
    const failed = new QueryFailedError('INSERT INTO example_answers (response_id, question_id, text_value) VALUES ($1, $2, $3)', ['r1', 'q1', 'My neighbour at 12 Elm St'], driverError);
    const logged = loggableError(failed) as QueryFailedError & { code: string };
    expect(logged).toBeInstanceOf(QueryFailedError);
    expect(logged.parameters).toBe('[redacted]');
    expect(JSON.stringify({ ...logged })).not.toContain('12 Elm St');
    expect(logged.query).toContain('INSERT INTO example_answers');
    expect(logged.code).toBe('23503');
    expect(logged.message).toBe(failed.message);
    expect(failed.parameters).toEqual(['r1', 'q1', 'My neighbour at 12 Elm St']);
    const plain = new Error('boom');
    expect(loggableError(plain)).toBe(plain);
  });
});
