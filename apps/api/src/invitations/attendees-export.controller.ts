import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { InputError, StaffActor, errorText, guardFormula } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { AttendeeListScope, InvitationSummaryService } from '@app/invitations';
import { ParseIdPipe } from '../graphql/parse-id.pipe';

const COLUMNS = [
  ['name', 'Name'],
  ['email', 'Email'],
  ['organisation', 'Organisation'],
  ['response', 'Status'],
  ['party_size', 'Party size'],
  ['step_free_access', 'Step-free access'],
  ['interpretation_language', 'Interpretation'],
  ['sign_language', 'Sign language'],
  ['childcare', 'Childcare'],
  ['dietary', 'Dietary'],
  ['note', 'Note'],
  ['checked_in_at', 'Checked in'],
  ['responded_at', 'Answered'],
] as const;

/** `?scope=all` adds how each invitation email fared. */
const DELIVERY_COLUMNS = [
  ['delivery', 'Delivery'],
  ['delivery_error', 'Delivery problem'],
] as const;

const SCOPES: Record<string, AttendeeListScope> = { attendees: 'ATTENDEES', all: 'ALL' };

/** A cell as text; one a spreadsheet would run as a formula is quoted (guardFormula). */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'yes' : '';
  return guardFormula(String(value));
}

/**
 * The attendee list as CSV, for staff signed in with a bearer token: by default those
 * attending, offered, waitlisted or maybe; `?scope=all` lists every invitee with their
 * status (declined, no reply too) and how their invitation email fared.
 */
@Controller('forums')
export class AttendeesExportController {
  constructor(private readonly summaries: InvitationSummaryService) {}

  @Get(':forumId/attendees.csv')
  @CanRead()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async export(
    @CurrentActor() actor: StaffActor,
    @Param('forumId', ParseIdPipe) forumId: string,
    @Query('scope') scopeParam: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const scope = SCOPES[scopeParam ?? 'attendees'];
    if (!scope) throw new InputError('scope', errorText('must be "attendees" (the default) or "all"'), 'INVALID_SCOPE');
    const rows = await this.summaries.attendees(actor, forumId, scope);
    const columns = scope === 'ALL' ? [...COLUMNS, ...DELIVERY_COLUMNS] : COLUMNS;
    res.setHeader('Content-Disposition', `attachment; filename="${scope === 'ALL' ? 'invitees' : 'attendees'}-${forumId}.csv"`);
    return stringify([columns.map(([, label]) => label), ...rows.map((row) => columns.map(([key]) => cell(row[key])))], { bom: true });
  }
}
