import { GraphQLError } from 'graphql';
import { DomainError, ErrorKind, InputError, RequestContext, errorText } from '@app/common';
import { ERROR_CATALOG_FILES } from '@app/i18n';
import { formatError } from './format-error';
import { InputValidationError } from './input-validation.pipe';
import { validationText } from './validation-messages';

describe('formatError', () => {
  it('maps a domain error to its kind, reason and field', () => {
    const error = new GraphQLError('x', { originalError: new InputError('input.email', errorText('must be an email')) });
    expect(formatError({ message: 'x', path: ['inviteStaff'] }, error)).toEqual({
      message: 'must be an email',
      path: ['inviteStaff'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'input.email' },
    });
  });

  it('answers in the language the request asks for: the message, and each field of a validation failure', () => {
    const vi = ERROR_CATALOG_FILES.vi;
    const input = new GraphQLError('x', { originalError: new InputError('input.title', errorText('must not be empty')) });
    const formatted = RequestContext.run('req-12345678', () => formatError({ message: 'x' }, input), 'vi');
    expect(formatted.message).toBe(vi['must not be empty']);
    const failure = new InputValidationError([{ field: 'input.email', text: validationText('email must be an email') }]);
    const validation = RequestContext.run('req-12345678', () => formatError({ message: 'x' }, new GraphQLError('x', { originalError: failure })), 'vi');
    const translated = (vi['{property} must be an email'] as string).replace('{property}', 'email');
    expect(validation.extensions?.fields).toEqual([{ field: 'input.email', message: translated }]);
    expect(validation.message).toBe(`input.email: ${translated}`);
    expect(failure.message).toBe('input.email: email must be an email');
  });

  it('keeps CONFLICT and NOT_FOUND as codes', () => {
    const conflict = new DomainError(ErrorKind.CONFLICT, 'X_TAKEN', errorText('taken'));
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

  it('answers the database or Redis not answering as UNAVAILABLE, saying when to try again, without the driver\'s words', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:5432'), { code: 'ECONNREFUSED' });
    const formatted = RequestContext.run('req-12345678', () =>
      formatError({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError('x', { originalError: refused })),
    );
    expect(formatted.message).toBe('Liaison is briefly unavailable; try again in 5 seconds');
    expect(formatted.extensions).toEqual({ code: 'UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(JSON.stringify(formatted)).not.toContain('10.0.0.5');
  });
});
