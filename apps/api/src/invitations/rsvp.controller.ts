import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Translator, translateErrorText } from '@app/i18n';
import { DomainError, ErrorKind } from '@app/common';
import { Public } from '@app/auth';
import { DelegatesService, InvitationErrorCode, MAX_PARTY_SIZE, RsvpNeeds, RsvpService, RsvpSource } from '@app/invitations';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { ANSWER_BY_WORD, AnswerWord, delegatesPage, invitationUnsubscribeView, rsvpFormPage, rsvpSavedPage, unsubscribePage, wordOf } from './rsvp-pages';
import { PageErrorFilter } from '../pages/page-errors';
import { formText } from '../pages/form-body';
import { RSVP_PAGE_ERRORS } from './rsvp.page-errors';
import { languageRequestOf, pageTranslator } from '../pages/page-language';

/** As the body parsers leave it: a crafted post may repeat a field (an array) or send JSON numbers. */
type RsvpBody = Record<string, unknown>;

function isAnswerWord(value: unknown): value is AnswerWord {
  return value === 'attending' || value === 'maybe' || value === 'declined';
}

/** The fields posted as one text each, to show the form again as it was sent (anything else is left out). */
function textFields(body: RsvpBody | undefined): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(body ?? {}).map((name) => [name, formText(body, name)]));
}

/** Reads the form; a bad field comes back as { field, message } for the page to show. */
function parseForm(body: RsvpBody, t: Translator): { answer: AnswerWord; partySize?: number; needs: RsvpNeeds; note: string | null } | { field: string; message: string } {
  if (!isAnswerWord(body.answer)) return { field: 'answer', message: t.t('page.rsvp.error.answer') };
  let partySize: number | undefined;
  // A form sends text; a JSON post may send a number. Anything else (a repeated field) is no size.
  const size = typeof body.partySize === 'number' ? String(body.partySize) : body.partySize;
  if (size !== undefined && size !== '') {
    partySize = typeof size === 'string' ? Number(size) : NaN;
    if (!Number.isInteger(partySize) || partySize < 1 || partySize > MAX_PARTY_SIZE) return { field: 'partySize', message: t.t('page.rsvp.error.partySize', { max: MAX_PARTY_SIZE }) };
  }
  const text = (name: string, max: number) => {
    const value = (formText(body, name) ?? '').trim();
    return value.length > max ? { field: name, message: t.t('page.rsvp.error.tooLong', { max }) } : value || null;
  };
  const interpretationLanguage = text('interpretationLanguage', 50);
  const dietary = text('dietary', 200);
  const note = text('note', 2000);
  for (const value of [interpretationLanguage, dietary, note]) if (value && typeof value === 'object') return value;
  return {
    answer: body.answer,
    partySize,
    note: note as string | null,
    needs: {
      stepFreeAccess: body.stepFreeAccess === 'yes',
      signLanguage: body.signLanguage === 'yes',
      childcare: body.childcare === 'yes',
      interpretationLanguage: interpretationLanguage as string | null,
      dietary: dietary as string | null,
    },
  };
}

/** The page's language: the reader's `?lang=` choice, else the contact's preference, else their browser's. */
export function translatorFor(req: Request, preferred: string): Translator {
  return pageTranslator(languageRequestOf(req, preferred));
}

/**
 * The page an invitee reaches from the buttons in their email. Opening it (GET) never
 * records anything, because mail scanners open every link; only the form's POST does.
 * Refusals the page does not show beside a field answer through RSVP_PAGE_ERRORS.
 */
@Controller('rsvp')
@UseGuards(PublicRateLimitGuard)
@UseFilters(new PageErrorFilter(RSVP_PAGE_ERRORS))
export class RsvpController {
  constructor(
    private readonly rsvp: RsvpService,
    private readonly delegates: DelegatesService,
  ) {}

  @Get(':token')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async show(@Param('token') token: string, @Query('answer') answer: string | undefined, @Req() req: Request): Promise<string> {
    const view = await this.rsvp.view(token);
    return rsvpFormPage(token, view, { answer: isAnswerWord(answer) ? answer : wordOf(view.invitation.response) }, translatorFor(req, view.language));
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async answer(@Param('token') token: string, @Body() body: RsvpBody, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const before = await this.rsvp.view(token);
    const t = translatorFor(req, before.language);
    const form = parseForm(body ?? {}, t);
    if ('field' in form) {
      res.status(400);
      return rsvpFormPage(token, before, { answer: isAnswerWord(body?.answer) ? body.answer : null, error: form, values: textFields(body) }, t);
    }
    try {
      const outcome = await this.rsvp.answer(token, { answer: ANSWER_BY_WORD[form.answer], partySize: form.partySize, needs: form.needs, note: form.note, source: RsvpSource.LINK });
      return rsvpSavedPage(token, outcome.view, t);
    } catch (error) {
      // A rule refused the answer (e.g. no room for a larger party): show the form again with why.
      if (error instanceof DomainError && error.kind === ErrorKind.CONFLICT && error.code !== InvitationErrorCode.LINK_EXPIRED) {
        res.status(409);
        const view = await this.rsvp.view(token);
        return rsvpFormPage(token, view, { answer: form.answer, error: { field: error.details.field ?? 'answer', message: translateErrorText(error.text, t.language) }, values: textFields(body) }, t);
      }
      throw error;
    }
  }

  @Get(':token/delegates')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async delegatesForm(@Param('token') token: string, @Req() req: Request): Promise<string> {
    const view = await this.delegates.view(token);
    return delegatesPage(token, view, translatorFor(req, view.language));
  }

  @Post(':token/delegates')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async setDelegates(@Param('token') token: string, @Body() body: { delegate?: string | string[] }, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<string> {
    const chosen = [body?.delegate ?? []].flat().filter((id): id is string => typeof id === 'string');
    try {
      const saved = await this.delegates.set(token, chosen);
      return delegatesPage(token, saved, translatorFor(req, saved.language), { saved: true });
    } catch (error) {
      if (error instanceof DomainError && (error.kind === ErrorKind.BAD_USER_INPUT || error.code === InvitationErrorCode.ORGANISATION_SEATS_FULL)) {
        res.status(400);
        const view = await this.delegates.view(token);
        const t = translatorFor(req, view.language);
        return delegatesPage(token, view, t, { error: translateErrorText(error.text, t.language) });
      }
      if (error instanceof DomainError && error.code === InvitationErrorCode.DEADLINE_PASSED) {
        res.status(409);
        const view = await this.delegates.view(token);
        const t = translatorFor(req, view.language);
        return delegatesPage(token, view, t, { error: translateErrorText(error.text, t.language) });
      }
      throw error;
    }
  }

  @Get(':token/unsubscribe')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribeForm(@Param('token') token: string, @Req() req: Request): Promise<string> {
    const view = await this.rsvp.viewForUnsubscribe(token);
    return unsubscribePage(`/rsvp/${token}/unsubscribe`, invitationUnsubscribeView(view), false, translatorFor(req, view.language));
  }

  /** The page's button, and RFC 8058 one-click (`List-Unsubscribe=One-Click`) from mail clients. */
  @Post(':token/unsubscribe')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribe(@Param('token') token: string, @Body() body: RsvpBody, @Req() req: Request): Promise<string> {
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click';
    const view = await this.rsvp.optOut(token, oneClick ? 'list-unsubscribe' : 'unsubscribe-link');
    return unsubscribePage(`/rsvp/${token}/unsubscribe`, invitationUnsubscribeView(view), true, translatorFor(req, view.language));
  }
}
