import { DomainError, ErrorKind, errorText } from '@app/common';

export enum InvitationErrorCode {
  FORUM_NOT_OPEN = 'INVITATION_FORUM_NOT_OPEN',
  FORUM_STARTED = 'INVITATION_FORUM_STARTED',
  NOTHING_TO_INVITE = 'INVITATION_NOTHING_TO_INVITE',
  LINK_INVALID = 'RSVP_LINK_INVALID',
  LINK_EXPIRED = 'RSVP_LINK_EXPIRED',
  DEADLINE_PASSED = 'RSVP_DEADLINE_PASSED',
  NO_ROOM_FOR_PARTY = 'RSVP_NO_ROOM_FOR_PARTY',
  ORGANISATION_SEATS_FULL = 'RSVP_ORGANISATION_SEATS_FULL',
  NOT_ORGANISATION_INVITATION = 'RSVP_NOT_ORGANISATION_INVITATION',
  CHECK_IN_NOT_OPEN = 'INVITATION_CHECK_IN_NOT_OPEN',
  NOT_ATTENDING = 'INVITATION_NOT_ATTENDING',
}

export class InvitationError extends DomainError {
  static forumNotOpen(status: string) {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.FORUM_NOT_OPEN, errorText('Only published forums take invitations; this forum is {status}', { status }), {
      field: 'forumId',
    });
  }

  static forumStarted() {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.FORUM_STARTED, errorText('This forum has already started; invitations are closed'), {
      field: 'forumId',
    });
  }

  static nothingToInvite() {
    return new InvitationError(
      ErrorKind.BAD_USER_INPUT,
      InvitationErrorCode.NOTHING_TO_INVITE,
      errorText('Choose at least one contact, organisation or audience filter'),
      { field: 'input' },
    );
  }

  static linkInvalid() {
    return new InvitationError(ErrorKind.NOT_FOUND, InvitationErrorCode.LINK_INVALID, errorText('This invitation link is not valid. Please use the link from your invitation email.'));
  }

  static linkExpired() {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.LINK_EXPIRED, errorText('This forum has ended or was cancelled, so this invitation link no longer works.'));
  }

  static deadlinePassed(deadline: string) {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.DEADLINE_PASSED, errorText('Answers closed on {deadline}. Please contact the organisers directly.', { deadline }));
  }

  static delegatesClosed(deadline: string) {
    return new InvitationError(
      ErrorKind.CONFLICT,
      InvitationErrorCode.DEADLINE_PASSED,
      errorText('Delegate changes closed on {deadline}, with the RSVP deadline. Please contact the organisers directly if your delegates changed.', { deadline }),
    );
  }

  static noRoomForParty(available: number, current: number) {
    return new InvitationError(
      ErrorKind.CONFLICT,
      InvitationErrorCode.NO_ROOM_FOR_PARTY,
      errorText('Only {available} seat(s) are available for your party, so it stays at {current}.', { available, current }),
      { field: 'partySize' },
    );
  }

  static organisationSeatsFull(seats: number) {
    return new InvitationError(
      ErrorKind.CONFLICT,
      InvitationErrorCode.ORGANISATION_SEATS_FULL,
      errorText('Your organisation\'s {seats} seat(s) are already taken by other delegates. Any of you can change the delegates on the delegates page.', { seats }),
    );
  }

  static notOrganisationInvitation() {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.NOT_ORGANISATION_INVITATION, errorText('This invitation is for you personally, not for an organisation.'));
  }

  static tooManyDelegates(seats: number) {
    return new InvitationError(ErrorKind.BAD_USER_INPUT, InvitationErrorCode.ORGANISATION_SEATS_FULL, errorText('Choose at most {seats} delegate(s).', { seats }), {
      field: 'delegates',
    });
  }

  static checkInNotOpen(status: string) {
    return new InvitationError(ErrorKind.CONFLICT, InvitationErrorCode.CHECK_IN_NOT_OPEN, errorText('Check-in opens when the forum starts; this forum is {status} and has not started', { status }));
  }

  static notAttending(response: string | null) {
    return new InvitationError(
      ErrorKind.CONFLICT,
      InvitationErrorCode.NOT_ATTENDING,
      errorText('Only people answering ATTENDING or MAYBE can be checked in; this invitation is {response}', { response: response ?? errorText('unanswered') }),
    );
  }
}
