import { DomainError, ErrorKind, LANGUAGE_CODES, errorText } from '@app/common';

export enum AgencyErrorCode {
  SLUG_TAKEN = 'AGENCY_SLUG_TAKEN',
  INVALID_TIME_ZONE = 'AGENCY_INVALID_TIME_ZONE',
  DUPLICATE_NEIGHBOURHOOD = 'AGENCY_DUPLICATE_NEIGHBOURHOOD',
  INVALID_SLUG = 'AGENCY_INVALID_SLUG',
  UNKNOWN_LANGUAGE = 'AGENCY_UNKNOWN_LANGUAGE',
}

export class AgencyError extends DomainError {
  static slugTaken(slug: string) {
    return new AgencyError(ErrorKind.CONFLICT, AgencyErrorCode.SLUG_TAKEN, errorText('The slug "{slug}" is already used by another agency', { slug }), {
      field: 'input.slug',
    });
  }

  static invalidTimeZone(zone: string) {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.INVALID_TIME_ZONE,
      errorText('"{zone}" is not an IANA time zone (e.g. America/Chicago)', { zone }),
      { field: 'input.timeZone' },
    );
  }

  static invalidSlug(slug: string) {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.INVALID_SLUG,
      errorText('"{slug}" cannot be used in web addresses: use lower-case letters and digits in words joined by single hyphens (e.g. riverside-pd)', { slug }),
      { field: 'input.slug' },
    );
  }

  static duplicateNeighbourhood(name: string) {
    return new AgencyError(ErrorKind.BAD_USER_INPUT, AgencyErrorCode.DUPLICATE_NEIGHBOURHOOD, errorText('Neighbourhood "{name}" is listed twice', { name }), {
      field: 'input.neighbourhoods',
    });
  }

  static unknownLanguage(code: string, field = 'input.enabledLanguages') {
    return new AgencyError(
      ErrorKind.BAD_USER_INPUT,
      AgencyErrorCode.UNKNOWN_LANGUAGE,
      errorText('"{code}" is not a language Liaison offers; use one of {codes}', { code, codes: LANGUAGE_CODES.join(', ') }),
      { field },
    );
  }
}
