import { DomainError, ErrorKind, errorText } from '@app/common';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  SESSION_ENDED = 'SESSION_ENDED',
  INVITATION_INVALID = 'INVITATION_INVALID',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
  CROSS_SITE_REQUEST = 'CROSS_SITE_REQUEST',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  AGENCY_SUSPENDED = 'AGENCY_SUSPENDED',
  AGENCY_STAFF_ONLY = 'AGENCY_STAFF_ONLY',
  OPERATOR_ONLY = 'OPERATOR_ONLY',
  EMAIL_TAKEN = 'ACCOUNT_EMAIL_TAKEN',
}

export class AuthError extends DomainError {
  /** Same words whether the email is unknown or the password wrong. */
  static invalidCredentials() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.INVALID_CREDENTIALS, errorText('Invalid email or password'));
  }

  static invalidToken() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.INVALID_TOKEN, errorText('The access token is missing, expired or invalid'));
  }

  static sessionEnded() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.SESSION_ENDED, errorText('This session has ended; sign in again'));
  }

  static invitationInvalid() {
    return new AuthError(
      ErrorKind.BAD_USER_INPUT,
      AuthErrorCode.INVITATION_INVALID,
      errorText('This invitation link is invalid, expired or already used; ask an admin for a new one'),
      { field: 'token' },
    );
  }

  static roleRequired(role: string) {
    return new AuthError(ErrorKind.FORBIDDEN, AuthErrorCode.ROLE_REQUIRED, errorText('This action needs the {role} role or higher', { role }));
  }

  /** Same words whether or not an account has this address (the throttle counts every address typed). */
  static accountLocked(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return new AuthError(
      ErrorKind.TOO_MANY_REQUESTS,
      AuthErrorCode.ACCOUNT_LOCKED,
      errorText('Too many failed sign-ins for this account: it is locked for {minutes, plural, one {# minute} other {# minutes}}', { minutes }),
      { retryAfterSeconds },
    );
  }

  /** Only said to someone who gave the right password (or holds a session). */
  static agencySuspended() {
    return new AuthError(
      ErrorKind.UNAUTHENTICATED,
      AuthErrorCode.AGENCY_SUSPENDED,
      errorText('Your agency\'s use of Liaison is suspended; ask the people who run your Liaison service'),
    );
  }

  static agencyStaffOnly() {
    return new AuthError(ErrorKind.FORBIDDEN, AuthErrorCode.AGENCY_STAFF_ONLY, errorText('This is an agency\'s own data: only its staff may use it'));
  }

  static operatorOnly() {
    return new AuthError(ErrorKind.FORBIDDEN, AuthErrorCode.OPERATOR_ONLY, errorText('Only a platform operator may do this'));
  }

  static emailTaken(field = 'email') {
    return new AuthError(ErrorKind.CONFLICT, AuthErrorCode.EMAIL_TAKEN, errorText('An account with this email already exists'), { field });
  }

  static crossSiteRequest() {
    return new AuthError(ErrorKind.FORBIDDEN, AuthErrorCode.CROSS_SITE_REQUEST, errorText('This form can only be sent from a Liaison page'));
  }
}
