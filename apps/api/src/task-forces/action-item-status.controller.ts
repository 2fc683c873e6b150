import { Body, Controller, Get, Param, Post, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { DateTime } from 'luxon';
import { Public } from '@app/auth';
import { ActionItemLinksService, ActionItemStatus, StatusLinkView } from '@app/task-forces';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PageErrorFilter } from '../pages/page-errors';
import { ACTION_ITEM_PAGE_ERRORS, sendPrivatePage as send } from './action-item.page-errors';

const STATUS_LABELS: Record<ActionItemStatus, string> = {
  [ActionItemStatus.OPEN]: 'Not started',
  [ActionItemStatus.IN_PROGRESS]: 'In progress',
  [ActionItemStatus.DONE]: 'Done',
  [ActionItemStatus.BLOCKED]: 'Blocked',
};

function form(token: string, view: StatusLinkView, message?: { kind: 'error' | 'saved'; text: string }) {
  const { item, taskForce, contact, agency } = view;
  const due = DateTime.fromISO(item.dueOn).toFormat('d LLLL yyyy');
  return page(
    `Update: ${item.title}`,
    html`<div class="card">
<p>${agency.name} · ${taskForce.name}</p>
<h1>${item.title}</h1>
${message?.kind === 'saved' ? html`<div role="status" class="saved"><p><strong>${message.text}</strong></p></div>` : ''}
${message?.kind === 'error' ? html`<div class="error-summary" role="alert"><p class="error">${message.text}</p></div>` : ''}
<table>
<tr><th scope="row">Owner</th><td>${contact.name}</td></tr>
<tr><th scope="row">Due</th><td>${due}</td></tr>
<tr><th scope="row">Current status</th><td id="current-status">${STATUS_LABELS[item.status]}</td></tr>
${item.notes ? html`<tr><th scope="row">Notes</th><td>${item.notes}</td></tr>` : ''}
</table>
<form method="post" action="/action-items/${token}">
<label for="status">New status</label>
<select id="status" name="status">
${Object.values(ActionItemStatus).map((s) => html`<option value="${s}"${s === item.status ? html` selected` : ''}>${STATUS_LABELS[s]}</option>`)}
</select>
<label for="note">Note for the task force (optional)</label>
<textarea id="note" name="note" rows="4" maxlength="2000"></textarea>
<button type="submit">Save the update</button>
</form></div>`,
    'en',
    '',
    { name: agency.name, primaryColor: agency.branding?.primaryColor, logoUrl: agency.branding?.logoUrl },
  );
}

/**
 * The page a partner contact reaches from the link in their email. Opening it only
 * shows the item (mail scanners open every link); only the POST records an update.
 */
@Controller('action-items')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(ACTION_ITEM_PAGE_ERRORS))
export class ActionItemStatusController {
  constructor(private readonly links: ActionItemLinksService) {}

  @Get(':token')
  @Public()
  async show(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, 200, form(token, await this.links.view(token)));
  }

  @Post(':token')
  @Public()
  async update(@Param('token') token: string, @Body() body: { status?: string; note?: string }, @Res() res: Response): Promise<void> {
    const status = body.status as ActionItemStatus;
    if (!Object.values(ActionItemStatus).includes(status)) {
      send(res, 400, form(token, await this.links.view(token), { kind: 'error', text: 'Choose one of the statuses in the list.' }));
      return;
    }
    const note = (body.note ?? '').slice(0, 2000);
    const view = await this.links.update(token, status, note || null);
    send(res, 200, form(token, view, { kind: 'saved', text: `Saved: the item is now "${STATUS_LABELS[view.item.status]}". Thank you.` }));
  }
}
