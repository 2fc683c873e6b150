import type { Response } from 'express';
import { DomainError } from '@app/common';
import { type Translator, translateErrorText } from '@app/i18n';
import { TaskForceErrorCode } from '@app/task-forces';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { PageError, PageErrors } from '../pages/page-errors';
import { readerTranslator } from '../pages/page-language';

/** Private pages: never cached, and the token never leaks through a Referer header. */
export function sendPrivatePage(res: Response, status: number, body: string): void {
  res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }).send(body);
}

/** Any other refusal of a link: 409, shown as a link that is not valid (with why, in the reader's language). */
const notValid = (error: DomainError, t: Translator): PageError => ({
  status: 409,
  title: t.t('page.actionItem.error.notValidTitle'),
  heading: t.t('page.actionItem.error.notValidHeading'),
  message: translateErrorText(error.text, t.language),
});

/**
 * The action-item status page (/action-items/<token>) a partner contact opens from an email.
 * Errors from other libs are not expected here and answer as JSON.
 */
export const ACTION_ITEM_PAGE_ERRORS: PageErrors<TaskForceErrorCode, Translator> = {
  codes: {
    [TaskForceErrorCode.LINK_EXPIRED]: (error, t) => ({
      status: 410,
      title: t.t('page.actionItem.error.expiredTitle'),
      heading: t.t('page.actionItem.error.expiredHeading'),
      message: translateErrorText(error.text, t.language),
    }),
    [TaskForceErrorCode.LINK_INVALID]: (error, t) => ({ ...notValid(error, t), status: 404 }),
    [TaskForceErrorCode.CLOSED]: (_error, t) => ({ status: 409, title: t.t('page.actionItem.error.closedTitle'), heading: t.t('page.actionItem.error.closedHeading') }),
    [TaskForceErrorCode.NAME_TAKEN]: notValid,
    [TaskForceErrorCode.INVALID_TRANSITION]: notValid,
    [TaskForceErrorCode.ALREADY_MEMBER]: notValid,
    [TaskForceErrorCode.NOT_MEMBER]: notValid,
    [TaskForceErrorCode.INVALID_STAGE_TRANSITION]: notValid,
    [TaskForceErrorCode.MEASUREMENT_EXISTS]: notValid,
    [TaskForceErrorCode.OWNER_NOT_MEMBER]: notValid,
    [TaskForceErrorCode.DUE_BEFORE_START]: notValid,
    [TaskForceErrorCode.WRONG_TASK_FORCE]: notValid,
    [TaskForceErrorCode.NOT_A_MEETING]: notValid,
    [TaskForceErrorCode.MEETING_TAKEN]: notValid,
    [TaskForceErrorCode.NOT_ITS_MEETING]: notValid,
    [TaskForceErrorCode.NO_CONTACTS_TO_INVITE]: notValid,
  },
  // The reader's `?lang=` or browser language: a refused link says nothing of whose it was.
  context: (req) => readerTranslator(req),
  render: (p, t) =>
    page(
      p.title,
      html`<div class="card"><h1>${p.heading ?? p.title}</h1>${p.message ? html`<p>${p.message}</p>` : ''}<p>${t.t('page.actionItem.error.nothingChanged')}</p></div>`,
      t.language,
    ),
  send: sendPrivatePage,
};
