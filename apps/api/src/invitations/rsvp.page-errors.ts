import { DomainError, ErrorKind } from '@app/common';
import { InvitationErrorCode } from '@app/invitations';
import { PageError, PageErrors } from '../pages/page-errors';
import { messagePage } from '../public/rsvp-pages';

/** A refusal shown as "Answer not saved": 409 for a conflict (a rule said no), 400 otherwise. */
const notSaved = (error: DomainError): PageError => ({ status: error.kind === ErrorKind.CONFLICT ? 409 : 400, title: 'Answer not saved', message: error.message });

/** The invitee's RSVP pages (/rsvp/<token>…): every refusal is a short page with the error's message. */
export const RSVP_PAGE_ERRORS: PageErrors<InvitationErrorCode> = {
  codes: {
    [InvitationErrorCode.LINK_INVALID]: (error) => ({ status: 404, title: 'Link not recognised', message: error.message }),
    [InvitationErrorCode.LINK_EXPIRED]: (error) => ({ status: 410, title: 'Link no longer works', message: error.message }),
    [InvitationErrorCode.DEADLINE_PASSED]: notSaved,
    [InvitationErrorCode.NO_ROOM_FOR_PARTY]: notSaved,
    [InvitationErrorCode.ORGANISATION_SEATS_FULL]: notSaved,
    [InvitationErrorCode.NOT_ORGANISATION_INVITATION]: notSaved,
    [InvitationErrorCode.FORUM_NOT_OPEN]: notSaved,
    [InvitationErrorCode.FORUM_STARTED]: notSaved,
    [InvitationErrorCode.NOTHING_TO_INVITE]: notSaved,
    [InvitationErrorCode.CHECK_IN_NOT_OPEN]: notSaved,
    [InvitationErrorCode.NOT_ATTENDING]: notSaved,
  },
  otherCodes: notSaved,
  context: () => undefined,
  render: (page) => messagePage(page.title, page.message ?? ''),
};
