import { DomainError, ErrorKind, LANGUAGE_CODES } from '@app/common';

export enum AgencyErrorCode {
  SLUG_TAKEN = 'AGENCY_SLUG_TAKEN',
  INVALID_TIME_ZONE = 'AGENCY_INVALID_TIME_ZONE',
  DUPLICATE_NEIGHBOURHOOD = 'AGENCY_DUPLICATE_NEIGHBOURHOOD',
  INVALID_SLUG = 'AGENCY_INVALID_SLUG',
  UNKNOWN_LANGUAGE = 'AGENCY_UNKNOWN_LANGUAGE',
}

export class AgencyError extends DomainError {
  static slugTaken(slug: string) {
    return new AgencyError(ErrorKind.CONFLICT, AgencyErrorCode.SLUG_TAKEN, `The slug "${slug}" is already used by another agency`, {
      field: 'input.slug',
    });
  }

  static invalidTimeZone(zone: string) {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.INVALID_TIME_ZONE,
      `"${zone}" is not an IANA time zone (e.g. America/Chicago)`,
      { field: 'input.timeZone' },
    );
  }

  static invalidSlug(slug: string) {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.INVALID_SLUG,
      `"${slug}" cannot be used in web addresses: use lower-case letters and digits in words joined by single hyphens (e.g. riverside-pd)`,
      { field: 'input.slug' },
    );
  }

  static duplicateNeighbourhood(name: string) {
    return new AgencyError(ErrorKind.BAD_USER_INPUT, AgencyErrorCode.DUPLICATE_NEIGHBOURHOOD, `Neighbourhood "${name}" is listed twice`, {
      field: 'input.neighbourhoods',
    });
  }

  static unknownLanguage(code: string, field = 'input.enabledLanguages') {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.UNKNOWN_LANGUAGE,
      `"${code}" is not a language Liaison offers; use one of ${LANGUAGE_CODES.join(', ')}`,
      { field },
    );
  }
}
