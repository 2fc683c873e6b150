import { DomainError } from '@app/common';
import { AuthErrorCode } from '@app/auth';
import { httpStatusOf } from '../http/http-error.filter';
import { PageError, PageErrors } from '../pages/page-errors';
import { passwordForm } from '../public/staff-invitation.page';

/** The refusal beside the form, with the status its kind answers on every route. */
const again = (error: DomainError): PageError => ({ status: httpStatusOf(error), title: 'Set your password', message: error.message });

/**
 * The page a newly invited staff member sets their password on (/staff/invitation/<token>): any
 * refusal shows the form again with the message, beside the password field when it names it.
 * Other libs' codes (the password rules' input errors) answer the same way.
 */
export const STAFF_INVITATION_PAGE_ERRORS: PageErrors<AuthErrorCode, { token: string }> = {
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
  context: (req) => ({ token: String(req.params.token) }),
  render: (page, { token }, error) => passwordForm(token, { message: page.message ?? error.message, field: error.details.field === 'password' ? 'password' : undefined }),
};
