import { DomainError, ErrorKind, ErrorText, errorText } from '@app/common';

export enum PartnersErrorCode {
  ORGANISATION_NAME_TAKEN = 'PARTNERS_ORGANISATION_NAME_TAKEN',
  CONTACT_EMAIL_TAKEN = 'PARTNERS_CONTACT_EMAIL_TAKEN',
  CONTACT_IN_USE = 'PARTNERS_CONTACT_IN_USE',
  INVALID_STATUS_CHANGE = 'PARTNERS_INVALID_STATUS_CHANGE',
  INVALID_FILE = 'PARTNERS_IMPORT_INVALID_FILE',
}

export class PartnersError extends DomainError {
  static organisationNameTaken(name: string, field = 'input.name') {
    return new PartnersError(ErrorKind.CONFLICT, PartnersErrorCode.ORGANISATION_NAME_TAKEN, errorText('An organisation named "{name}" already exists', { name }), { field });
  }

  static contactEmailTaken(email: string, field = 'input.email') {
    return new PartnersError(ErrorKind.CONFLICT, PartnersErrorCode.CONTACT_EMAIL_TAKEN, errorText('A contact with the email {email} already exists', { email }), { field });
  }

  static contactInUse() {
    return new PartnersError(
      ErrorKind.CONFLICT,
      PartnersErrorCode.CONTACT_IN_USE,
      errorText('This contact is referenced by invitations or other records and cannot be removed; record an opt-out or archive the organisation instead'),
    );
  }

  static invalidStatusChange(current: string, wanted: string) {
    return new PartnersError(ErrorKind.CONFLICT, PartnersErrorCode.INVALID_STATUS_CHANGE, errorText('The organisation is already {current}; cannot change it to {wanted}', { current, wanted }), {
      currentStatus: current,
    });
  }

  /** A problem with the whole file (encoding, headers), before any row is read. */
  static invalidFile(message: ErrorText, details: Record<string, unknown> = {}) {
    return new PartnersError(ErrorKind.BAD_USER_INPUT, PartnersErrorCode.INVALID_FILE, message, { field: 'file', ...details });
  }
}
