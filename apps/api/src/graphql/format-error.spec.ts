import { GraphQLError } from 'graphql';
import { DomainError, ErrorKind, InputError, RequestContext } from '@app/common';
import { formatError } from './format-error';

describe('formatError', () => {
  it('maps a domain error to its kind, reason and field', () => {
    const error = new GraphQLError('x', { originalError: new InputError('input.email', 'must be an email') });
    expect(formatError({ message: 'x', path: ['inviteStaff'] }, error)).toEqual({
      message: 'must be an email',
      path: ['inviteStaff'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'input.email' },
    });
  });

  it('keeps CONFLICT and NOT_FOUND as codes', () => {
    const conflict = new DomainError(ErrorKind.CONFLICT, 'X_TAKEN', 'taken');
    expect(formatError({ message: 'x' }, new GraphQLError('x', { originalError: conflict })).extensions?.code).toBe('CONFLICT');
  });

  it('hides unexpected errors behind a request id, without message or stack', () => {
    const secret = new Error('connection to 10.0.0.5 failed: password authentication failed for user "liaison"');
    const formatted = RequestContext.run('req-12345678', () =>
      formatError({ message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError('x', { originalError: secret })),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-12345678' });
    expect(JSON.stringify(formatted)).not.toContain('password');
  });
});
