import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, ErrorKind } from '@app/common';
import { translateErrorText } from '@app/i18n';
import { HttpErrorFilter } from '../http/http-error.filter';
import { outageOf } from '../http/outage';
import { html } from './html';
import { page } from './layout';
import { readerTranslator } from './page-language';

/** How a page answers one error. */
export interface PageError {
  status: number;
  /** The page's title (and its heading unless `heading` says otherwise). */
  title: string;
  heading?: string;
  /** The sentence under the heading, usually the error's own message. */
  message?: string;
}

/** One entry of a feature's table: the page for this error; null (or a null page) when it is not a page error (the JSON filter answers). */
export type PageErrorEntry<Context> = ((error: DomainError, context: Context) => PageError | null) | null;

/**
 * One feature's error pages. `codes` is a `Record` over the feature's own code enum, so a new
 * code without an entry does not compile (as the GraphQL and HTTP mappings are exhaustive over
 * kinds). `otherCodes` answers errors with another lib's code met on these pages (generic
 * not-found, input errors); left out, they answer as JSON like on every other route.
 */
export interface PageErrors<Code extends string, Context = void> {
  codes: Record<Code, PageErrorEntry<Context>>;
  otherCodes?: PageErrorEntry<Context>;
  /** What the page needs besides the error (the survey and its language, the link's token); null: answer as JSON. */
  context(req: Request, res: Response): Context | null;
  render(page: PageError, context: Context, error: DomainError): string;
  /** Writes the page; by default `res.status(status).send(html)`, keeping the headers the route set. */
  send?(res: Response, status: number, html: string): void;
}

/**
 * Errors raised before the handler runs keep their JSON answer on pages too: a rate limit from
 * the guard and the NUL character refused by the input pipe.
 */
function raisedBeforeHandler(error: DomainError): boolean {
  return error.kind === ErrorKind.TOO_MANY_REQUESTS || error.code === 'NUL_CHARACTER';
}

/** Answers `error` with the feature's error page; false when it is not a page error here (the caller passes it on). */
export function answerPageError<Code extends string, Context>(feature: PageErrors<Code, Context>, error: unknown, req: Request, res: Response): boolean {
  if (!(error instanceof DomainError) || raisedBeforeHandler(error) || res.headersSent) return false;
  const codes = feature.codes as Record<string, PageErrorEntry<Context> | undefined>;
  const entry = error.code in codes ? codes[error.code] : feature.otherCodes;
  if (!entry) return false;
  const context = feature.context(req, res);
  if (context === null) return false;
  const page = entry(error, context);
  if (!page) return false;
  const body = feature.render(page, context, error);
  if (feature.send) feature.send(res, page.status, body);
  else res.status(page.status).send(body);
  return true;
}

/**
 * The database or Redis did not answer: the same short page on every feature's routes, in the
 * reader's language, saying to try again (503, Retry-After, never cached). False for any other error.
 */
export function answerOutagePage(error: unknown, req: Request, res: Response): boolean {
  const outage = outageOf(error);
  if (!outage || res.headersSent) return false;
  const t = readerTranslator(req);
  const title = t.t('page.error.unavailable');
  const body = page(title, html`<div class="card"><h1>${title}</h1><p>${translateErrorText(outage.text, t.language)}</p></div>`, t.language);
  res.status(503).set({ 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': String(outage.details.retryAfterSeconds), 'Cache-Control': 'no-store' }).send(body);
  return true;
}

/**
 * The table of page routes that have no error pages of their own (the admin sign-in form, the
 * staff's survey-results links, the task-force report): only the database or Redis not answering
 * gets a page ("briefly unavailable"); anything else answers as JSON, as before.
 */
export const OUTAGE_PAGE_ONLY: PageErrors<never, null> = { codes: {}, context: () => null, render: () => '' };

/**
 * The one exception filter of the server-rendered pages, made per feature with its table:
 * `@UseFilters(new PageErrorFilter(RSVP_PAGE_ERRORS))`. What the table does not answer goes
 * to the JSON error filter every other route uses; the database or Redis not answering is
 * the same "briefly unavailable" page on all of them.
 */
@Catch()
export class PageErrorFilter<Code extends string, Context> implements ExceptionFilter {
  private readonly json = new HttpErrorFilter();

  constructor(private readonly feature: PageErrors<Code, Context>) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const http = host.switchToHttp();
    if (answerOutagePage(exception, http.getRequest<Request>(), http.getResponse<Response>())) return undefined;
    if (answerPageError(this.feature, exception, http.getRequest<Request>(), http.getResponse<Response>())) return undefined;
    return this.json.catch(exception, host);
  }
}
