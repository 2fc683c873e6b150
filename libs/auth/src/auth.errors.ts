import { DomainError, ErrorKind } from '@app/common';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  SESSION_ENDED = 'SESSION_ENDED',
  INVITATION_INVALID = 'INVITATION_INVALID',
  ROLE_REQUIRED = 'ROLE_REQUIRED',
}

export class AuthError extends DomainError {
  /** Same words whether the email is unknown or the password wrong. */
  static invalidCredentials() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.INVALID_CREDENTIALS, 'Invalid email or password');
  }

  static invalidToken() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.INVALID_TOKEN, 'The access token is missing, expired or invalid');
  }

  static sessionEnded() {
    return new AuthError(ErrorKind.UNAUTHENTICATED, AuthErrorCode.SESSION_ENDED, 'This session has ended; sign in again');
  }

  static invitationInvalid() {
    return new AuthError(
      ErrorKind.BAD_USER_INPUT,
      AuthErrorCode.INVITATION_INVALID,
      'This invitation link is invalid, expired or already used; ask an admin for a new one',
      { field: 'token' },
    );
  }

  static roleRequired(role: string) {
    return new AuthError(ErrorKind.FORBIDDEN, AuthErrorCode.ROLE_REQUIRED, `This action needs the ${role} role or higher`);
  }
}
