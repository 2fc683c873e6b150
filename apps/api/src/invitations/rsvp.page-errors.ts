import { DomainError, ErrorKind } from '@app/common';
import { InvitationErrorCode } from '@app/invitations';
import { PageError, PageErrors } from '../pages/page-errors';
import { messagePage } from './rsvp-pages';
import { type Translator, translateErrorText } from '@app/i18n';
import { readerTranslator } from '../pages/page-language';

/** A refusal shown as "Answer not saved", saying why in the reader's language: 409 for a conflict (a rule said no), 400 otherwise. */
const notSaved = (error: DomainError, t: Translator): PageError => ({ status: error.kind === ErrorKind.CONFLICT ? 409 : 400, title: t.t('page.error.notSaved'), message: translateErrorText(error.text, t.language) });

/** The invitee's RSVP pages (/rsvp/<token>…): every refusal is a short page with the error's message. */
export const RSVP_PAGE_ERRORS: PageErrors<InvitationErrorCode, Translator> = {
  codes: {
    [InvitationErrorCode.LINK_INVALID]: (_error, t) => ({ status: 404, title: t.t('page.error.linkNotRecognised'), message: t.t('page.error.linkInvalidBody') }),
    [InvitationErrorCode.LINK_EXPIRED]: (_error, t) => ({ status: 410, title: t.t('page.error.linkExpired'), message: t.t('page.error.linkExpiredBody') }),
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
  // The reader's `?lang=` or browser language: a refused link says nothing of whose it was.
  context: (req) => readerTranslator(req),
  render: (page, t) => messagePage(page.title, page.message ?? '', t.language),
};
