import type { Response } from 'express';
import { DomainError } from '@app/common';
import { TaskForceErrorCode } from '@app/task-forces';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { PageError, PageErrors } from '../pages/page-errors';

/** Private pages: never cached, and the token never leaks through a Referer header. */
export function sendPrivatePage(res: Response, status: number, body: string): void {
  res.status(status).set({ 'Content-Type': 'text/html; charset=utf-8', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store' }).send(body);
}

/** Any other refusal of a link: 409, shown as a link that is not valid (with why). */
const notValid = (error: DomainError): PageError => ({ status: 409, title: 'Link not valid', heading: 'This link is not valid', message: error.message });

/**
 * The action-item status page (/action-items/<token>) a partner contact opens from an email.
 * Errors from other libs are not expected here and answer as JSON.
 */
export const ACTION_ITEM_PAGE_ERRORS: PageErrors<TaskForceErrorCode> = {
  codes: {
    [TaskForceErrorCode.LINK_EXPIRED]: (error) => ({ status: 410, title: 'Link expired', heading: 'This link has expired', message: error.message }),
    [TaskForceErrorCode.LINK_INVALID]: (error) => ({ ...notValid(error), status: 404 }),
    [TaskForceErrorCode.CLOSED]: () => ({ status: 409, title: 'Task force closed', heading: 'This task force is closed' }),
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
  context: () => undefined,
  render: (p) =>
    page(p.title, html`<div class="card"><h1>${p.heading ?? p.title}</h1>${p.message ? html`<p>${p.message}</p>` : ''}<p>Nothing was changed.</p></div>`),
  send: sendPrivatePage,
};
