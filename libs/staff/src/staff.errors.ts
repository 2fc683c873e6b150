import { DomainError, ErrorKind, errorText } from '@app/common';

export enum StaffErrorCode {
  EMAIL_TAKEN = 'STAFF_EMAIL_TAKEN',
  LAST_ADMIN = 'STAFF_LAST_ADMIN',
  NOT_INVITED = 'STAFF_NOT_INVITED',
}

export class StaffError extends DomainError {
  static emailTaken(field = 'input.email') {
    return new StaffError(ErrorKind.CONFLICT, StaffErrorCode.EMAIL_TAKEN, errorText('An account with this email already exists'), { field });
  }

  static lastAdmin() {
    return new StaffError(
      ErrorKind.CONFLICT,
      StaffErrorCode.LAST_ADMIN,
      errorText('The agency must keep at least one active admin; promote someone else first'),
    );
  }

  static notInvited(status: string) {
    return new StaffError(ErrorKind.CONFLICT, StaffErrorCode.NOT_INVITED, errorText('This account is {status}, not waiting for an invitation', { status }));
  }
}
