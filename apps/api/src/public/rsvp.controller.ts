import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorKind } from '@app/common';
import { Public } from '@app/auth';
import { DelegatesService, InvitationErrorCode, MAX_PARTY_SIZE, RsvpNeeds, RsvpService, RsvpSource } from '@app/invitations';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { ANSWER_BY_WORD, AnswerWord, delegatesPage, rsvpFormPage, rsvpSavedPage, unsubscribePage, wordOf } from './rsvp-pages';
import { PageErrorFilter } from '../pages/page-errors';
import { RSVP_PAGE_ERRORS } from '../invitations/rsvp.page-errors';

type RsvpBody = Record<string, string | undefined>;

function isAnswerWord(value: unknown): value is AnswerWord {
  return value === 'attending' || value === 'maybe' || value === 'declined';
}

/** Reads the form; a bad field comes back as { field, message } for the page to show. */
function parseForm(body: RsvpBody): { answer: AnswerWord; partySize?: number; needs: RsvpNeeds; note: string | null } | { field: string; message: string } {
  if (!isAnswerWord(body.answer)) return { field: 'answer', message: 'Choose Attending, Maybe or Not attending.' };
  let partySize: number | undefined;
  if (body.partySize !== undefined && body.partySize !== '') {
    partySize = Number(body.partySize);
    if (!Number.isInteger(partySize) || partySize < 1 || partySize > MAX_PARTY_SIZE) return { field: 'partySize', message: `Party size must be a whole number from 1 to ${MAX_PARTY_SIZE}.` };
  }
  const text = (name: string, max: number) => {
    const value = (body[name] ?? '').trim();
    return value.length > max ? { field: name, message: `Keep this under ${max} characters.` } : value || null;
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
  async show(@Param('token') token: string, @Query('answer') answer: string | undefined): Promise<string> {
    const view = await this.rsvp.view(token);
    return rsvpFormPage(token, view, { answer: isAnswerWord(answer) ? answer : wordOf(view.invitation.response) });
  }

  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async answer(@Param('token') token: string, @Body() body: RsvpBody, @Res({ passthrough: true }) res: Response): Promise<string> {
    const form = parseForm(body ?? {});
    if ('field' in form) {
      res.status(400);
      return rsvpFormPage(token, await this.rsvp.view(token), { answer: isAnswerWord(body?.answer) ? body.answer : null, error: form, values: body });
    }
    try {
      const outcome = await this.rsvp.answer(token, { answer: ANSWER_BY_WORD[form.answer], partySize: form.partySize, needs: form.needs, note: form.note, source: RsvpSource.LINK });
      return rsvpSavedPage(token, outcome.view);
    } catch (error) {
      // A rule refused the answer (e.g. no room for a larger party): show the form again with why.
      if (error instanceof DomainError && error.kind === ErrorKind.CONFLICT && error.code !== InvitationErrorCode.LINK_EXPIRED) {
        res.status(409);
        const view = await this.rsvp.view(token);
        return rsvpFormPage(token, view, { answer: form.answer, error: { field: error.details.field ?? 'answer', message: error.message }, values: body });
      }
      throw error;
    }
  }

  @Get(':token/delegates')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async delegatesForm(@Param('token') token: string): Promise<string> {
    return delegatesPage(token, await this.delegates.view(token));
  }

  @Post(':token/delegates')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Cache-Control', 'no-store')
  async setDelegates(@Param('token') token: string, @Body() body: { delegate?: string | string[] }, @Res({ passthrough: true }) res: Response): Promise<string> {
    const chosen = [body?.delegate ?? []].flat().filter((id): id is string => typeof id === 'string');
    try {
      return delegatesPage(token, await this.delegates.set(token, chosen), { saved: true });
    } catch (error) {
      if (error instanceof DomainError && (error.kind === ErrorKind.BAD_USER_INPUT || error.code === InvitationErrorCode.ORGANISATION_SEATS_FULL)) {
        res.status(400);
        return delegatesPage(token, await this.delegates.view(token), { error: error.message });
      }
      if (error instanceof DomainError && error.code === InvitationErrorCode.DEADLINE_PASSED) {
        res.status(409);
        return delegatesPage(token, await this.delegates.view(token), { error: error.message });
      }
      throw error;
    }
  }

  @Get(':token/unsubscribe')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribeForm(@Param('token') token: string): Promise<string> {
    return unsubscribePage(token, await this.rsvp.viewForUnsubscribe(token), false);
  }

  /** The page's button, and RFC 8058 one-click (`List-Unsubscribe=One-Click`) from mail clients. */
  @Post(':token/unsubscribe')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async unsubscribe(@Param('token') token: string, @Body() body: RsvpBody): Promise<string> {
    const oneClick = body?.['List-Unsubscribe'] === 'One-Click';
    const view = await this.rsvp.optOut(token, oneClick ? 'list-unsubscribe' : 'unsubscribe-link');
    return unsubscribePage(token, view, true);
  }
}
