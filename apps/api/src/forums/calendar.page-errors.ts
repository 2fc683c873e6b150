import { ErrorKind } from '@app/common';
import type { Translator } from '@app/i18n';
import { ForumErrorCode, SeriesErrorCode } from '@app/forums';
import { PageErrors } from '../pages/page-errors';
import { readerTranslator } from '../pages/page-language';
import { calendarNotFoundPage } from './public-calendar.page';

/**
 * The public calendar page (/calendar/<slug>): an unknown or suspended agency is a 404 page that
 * is not cached, in the reader's language (?lang=, else Accept-Language). Forum and series codes are refusals of staff changes, never met on this page.
 */
export const CALENDAR_PAGE_ERRORS: PageErrors<ForumErrorCode | SeriesErrorCode, Translator> = {
  codes: {
    [ForumErrorCode.INVALID_TRANSITION]: null,
    [ForumErrorCode.VENUE_CONFLICT]: null,
    [ForumErrorCode.HOST_CONFLICT]: null,
    [ForumErrorCode.SCHEDULE_CONFLICT]: null,
    [ForumErrorCode.ALREADY_STARTED]: null,
    [ForumErrorCode.NOT_STARTED]: null,
    [ForumErrorCode.VENUE_IN_USE]: null,
    [SeriesErrorCode.OCCURRENCE_CONFLICT]: null,
    [SeriesErrorCode.NOT_ACTIVE]: null,
    [SeriesErrorCode.NOT_AN_OCCURRENCE]: null,
    [SeriesErrorCode.OCCURRENCE_HELD]: null,
  },
  otherCodes: (error) => (error.kind === ErrorKind.NOT_FOUND ? { status: 404, title: 'Calendar not found' } : null),
  context: (req) => readerTranslator(req),
  render: (_page, t) => calendarNotFoundPage(t),
  send: (res, status, body) => {
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Accept-Language');
    res.send(body);
  },
};
