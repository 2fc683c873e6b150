import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { stringify } from 'csv-stringify/sync';
import { StaffActor } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { InvitationSummaryService } from '@app/invitations';
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

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text is quoted. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'yes' : '';
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The attendee list (attending, offered, waitlisted, maybe) as CSV, for staff signed in with a bearer token. */
@Controller('forums')
export class AttendeesExportController {
  constructor(private readonly summaries: InvitationSummaryService) {}

  @Get(':forumId/attendees.csv')
  @CanRead()
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async export(@CurrentActor() actor: StaffActor, @Param('forumId', ParseIdPipe) forumId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const rows = await this.summaries.attendees(actor, forumId);
    res.setHeader('Content-Disposition', `attachment; filename="attendees-${forumId}.csv"`);
    return stringify([COLUMNS.map(([, label]) => label), ...rows.map((row) => COLUMNS.map(([key]) => cell(row[key])))], { bom: true });
  }
}
