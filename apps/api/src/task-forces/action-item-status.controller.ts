import { Body, Controller, Get, Headers, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/auth';
import { Translator, formatDate } from '@app/i18n';
import { ActionItemLinksService, ActionItemStatus, StatusLinkView } from '@app/task-forces';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { LanguageRequest, languageLinks, pageLanguage, withLanguage } from '../pages/page-language';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { PageErrorFilter } from '../pages/page-errors';
import { ACTION_ITEM_PAGE_ERRORS, sendPrivatePage as send } from './action-item.page-errors';
import { formText } from '../pages/form-body';

const statusLabel = (t: Translator, status: ActionItemStatus) => t.t(`page.actionItem.status.${status}` as never);

/** The page's language: the reader's choice, then the owner's preference, then their browser's. */
function translator(view: StatusLinkView, request: LanguageRequest): Translator {
  return new Translator(pageLanguage({ ...request, preferred: view.contact.preferredLanguage }));
}

function form(token: string, view: StatusLinkView, t: Translator, message?: { kind: 'error' | 'saved'; text: string }) {
  const { item, taskForce, contact, agency } = view;
  // A calendar day, whatever the zone: noon UTC stays on it.
  const due = formatDate(new Date(`${item.dueOn}T12:00:00Z`), 'UTC', t.language);
  const path = `/action-items/${token}`;
  return page(
    t.t('page.actionItem.title', { title: item.title }),
    html`${languageLinks(path, t, agency.enabledLanguages)}<div class="card">
<p>${agency.name} · ${taskForce.name}</p>
<h1>${item.title}</h1>
${message?.kind === 'saved' ? html`<div role="status" class="saved"><p><strong>${message.text}</strong></p></div>` : ''}
${message?.kind === 'error' ? html`<div class="error-summary" role="alert"><p class="error">${message.text}</p></div>` : ''}
<table>
<tr><th scope="row">${t.t('page.actionItem.owner')}</th><td>${contact.name}</td></tr>
<tr><th scope="row">${t.t('page.actionItem.due')}</th><td>${due}</td></tr>
<tr><th scope="row">${t.t('page.actionItem.current')}</th><td id="current-status">${statusLabel(t, item.status)}</td></tr>
${item.notes ? html`<tr><th scope="row">${t.t('page.actionItem.notes')}</th><td>${item.notes}</td></tr>` : ''}
</table>
<form method="post" action="${withLanguage(path, t.language)}">
<label for="status">${t.t('page.actionItem.newStatus')}</label>
<select id="status" name="status">
${Object.values(ActionItemStatus).map((s) => html`<option value="${s}"${s === item.status ? html` selected` : ''}>${statusLabel(t, s)}</option>`)}
</select>
<label for="note">${t.t('page.actionItem.note')}</label>
<textarea id="note" name="note" rows="4" maxlength="2000"></textarea>
<button type="submit">${t.t('page.actionItem.save')}</button>
</form></div>`,
    t.language,
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
  async show(@Param('token') token: string, @Query('lang') lang: string | undefined, @Headers('accept-language') acceptLanguage: string | undefined, @Res() res: Response): Promise<void> {
    const view = await this.links.view(token);
    send(res, 200, form(token, view, translator(view, { chosen: lang, acceptLanguage })));
  }

  @Post(':token')
  @Public()
  async update(
    @Param('token') token: string,
    @Body() body: unknown,
    @Query('lang') lang: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const status = formText(body, 'status') as ActionItemStatus;
    if (!Object.values(ActionItemStatus).includes(status)) {
      const view = await this.links.view(token);
      const t = translator(view, { chosen: lang, acceptLanguage });
      send(res, 400, form(token, view, t, { kind: 'error', text: t.t('page.actionItem.chooseStatus') }));
      return;
    }
    const note = (formText(body, 'note') ?? '').slice(0, 2000);
    const view = await this.links.update(token, status, note || null);
    const t = translator(view, { chosen: lang, acceptLanguage });
    send(res, 200, form(token, view, t, { kind: 'saved', text: t.t('page.actionItem.saved', { status: statusLabel(t, view.item.status) }) }));
  }
}
