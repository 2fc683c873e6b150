import { Body, Controller, Get, Header, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@app/common';
import { AuthService, Public } from '@app/auth';
import { html } from '../pages/html';
import { page } from '../pages/layout';
import { PublicRateLimitGuard } from '../http/public-rate-limit.guard';
import { httpStatusOf } from '../http/http-error.filter';

function form(token: string, error?: string): string {
  const errorId = error ? 'password-error' : undefined;
  return page(
    'Set your password',
    html`<div class="card">
<h1>Set your password</h1>
${error ? html`<div class="error-summary" role="alert"><p class="error" id="password-error">${error}</p></div>` : ''}
<form method="post" action="/staff/invitation/${token}">
<label for="password">New password (at least 12 characters)</label>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="12" ${errorId ? html`aria-describedby="${errorId}" aria-invalid="true"` : ''}>
<label for="confirm">Repeat the password</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="12">
<button type="submit">Activate my account</button>
</form></div>`,
  );
}

/** The page a newly invited staff member reaches from their email. */
@Controller('staff/invitation')
@UseGuards(PublicRateLimitGuard)
export class StaffInvitationController {
  constructor(private readonly auth: AuthService) {}

  @Get(':token')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  show(@Param('token') token: string): string {
    return form(token);
  }

  /** 200 with the welcome page; a refusal shows the form again with a 4xx status, never 2xx. */
  @Post(':token')
  @Public()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Referrer-Policy', 'no-referrer')
  async accept(
    @Param('token') token: string,
    @Body() body: { password?: string; confirm?: string },
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    if ((body.password ?? '') !== (body.confirm ?? '')) {
      res.status(400);
      return form(token, 'The two passwords do not match.');
    }
    try {
      const session = await this.auth.acceptInvitation(token, body.password ?? '');
      return page(
        'Account active',
        html`<div class="card"><h1>Your account is active</h1><p>Welcome, ${session.user.name}. Sign in with ${session.user.email} and your new password.</p><p><a href="/admin/login">Sign in</a></p></div>`,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(httpStatusOf(error));
      return form(token, error.message);
    }
  }
}
