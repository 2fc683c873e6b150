import { DomainError } from '@app/common';
import { AuthErrorCode } from '@app/auth';
import { Translator, translateErrorText } from '@app/i18n';
import { httpStatusOf } from '../http/http-error.filter';
import { PageError, PageErrors } from '../pages/page-errors';
import { passwordForm } from './staff-invitation.page';
import { readerTranslator } from '../pages/page-language';

/** The refusal beside the form, with the status its kind answers on every route. */
const again = (error: DomainError, { t }: { t: Translator }): PageError => ({ status: httpStatusOf(error), title: t.t('page.staffInvitation.title'), message: translateErrorText(error.text, t.language) });

/**
 * The page a newly invited staff member sets their password on (/staff/invitation/<token>): any
 * refusal shows the form again with the message, beside the password field when it names it.
 * Other libs' codes (the password rules' input errors) answer the same way. In the page's
 * language (the controller keeps it in `res.locals`; the request's otherwise).
 */
export const STAFF_INVITATION_PAGE_ERRORS: PageErrors<AuthErrorCode, { token: string; t: Translator }> = {
  codes: {
    [AuthErrorCode.INVALID_CREDENTIALS]: again,
    [AuthErrorCode.INVALID_TOKEN]: again,
    [AuthErrorCode.SESSION_ENDED]: again,
    [AuthErrorCode.INVITATION_INVALID]: again,
    [AuthErrorCode.ROLE_REQUIRED]: again,
    [AuthErrorCode.CROSS_SITE_REQUEST]: again,
    [AuthErrorCode.ACCOUNT_LOCKED]: again,
    [AuthErrorCode.AGENCY_SUSPENDED]: again,
    [AuthErrorCode.AGENCY_STAFF_ONLY]: again,
    [AuthErrorCode.OPERATOR_ONLY]: again,
    [AuthErrorCode.EMAIL_TAKEN]: again,
  },
  otherCodes: again,
  context: (req, res) => ({
    token: String(req.params.token),
    t: res.locals.translator instanceof Translator ? res.locals.translator : readerTranslator(req),
  }),
  render: (page, { token, t }, error) => passwordForm(token, t, { message: page.message ?? error.message, field: error.details.field === 'password' ? 'password' : undefined }),
};
