import { EntityManager } from 'typeorm';
import type { Agency } from '@app/agencies';
import type { StaffUser } from '@app/staff';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from '../forum.enums';
import { SeriesTemplate } from '../series/forum-series.entity';
import { RecurrenceSpec, addDays, localDate, occurrenceDates, occurrenceOn } from '../series/occurrences';

const HORIZON_DAYS = 90;

/**
 * The Community Advisory Board: second Tuesday of every month at 18:00 Riverside time,
 * published, materialised 90 days ahead like the horizon job would, with the next
 * holiday-week meeting cancelled. Dates that collide with another demo forum at the
 * venue or with a host are left out as the job would leave them out. `now` is the clock's.
 */
export async function seedAdvisoryBoardSeries(manager: EntityManager, agency: Agency, venueId: string, hosts: StaffUser[], creatorId: string | null, now: Date): Promise<void> {
  const zone = agency.timeZone;
  const spec: RecurrenceSpec = {
    recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU',
    startDate: addDays(localDate(zone, 0, now), -60),
    startTime: '18:00',
    durationMinutes: 90,
    timeZone: zone,
  };
  const template: SeriesTemplate = {
    title: 'Community Advisory Board',
    type: ForumType.ADVISORY_BOARD,
    description: 'Residents appointed by the neighbourhood associations review policing priorities with the command staff every month.',
    topics: ['police accountability', 'community trust'],
    neighbourhood: 'Harbor District',
    format: ForumFormat.HYBRID,
    onlineUrl: 'https://meet.riverside-pd.example/advisory-board',
    capacityOverride: null,
    languages: ['en', 'es'],
    interpretationLanguages: [],
    signLanguage: true,
    accessibilityNotes: 'ASL interpretation at every meeting; the live stream is captioned.',
    hostIds: hosts.map((h) => h.id),
    visibility: ForumVisibility.PUBLIC,
    agenda: [
      { title: 'Minutes of the last meeting', durationMinutes: 10 },
      { title: 'Command staff report', speaker: 'District commander', durationMinutes: 30 },
      { title: 'Board members’ questions and public comment', durationMinutes: 50 },
    ],
    translations: {},
  };
  const through = localDate(zone, HORIZON_DAYS, now);
  const [series] = await manager.query(
    `INSERT INTO forum_series (agency_id, recurrence_rule, time_zone, start_date, start_time, duration_minutes, horizon_days,
       publish_occurrences, template, venue_id, materialised_through, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, true, $8, $9, $10, $11) RETURNING id`,
    [agency.id, spec.recurrenceRule, zone, spec.startDate, spec.startTime, spec.durationMinutes, HORIZON_DAYS, JSON.stringify(template), venueId, through, creatorId],
  );
  const skipped: string[] = [];
  const upcoming = occurrenceDates(spec, localDate(zone, 0, now), through)
    .map((date) => occurrenceOn(spec, date))
    .filter((o) => o.startsAt.getTime() > now.getTime());
  for (const [index, occurrence] of upcoming.entries()) {
    const [busy] = await manager.query(
      `SELECT 1 FROM forums f WHERE f.agency_id = $1 AND f.status <> 'CANCELLED' AND f.period && tstzrange($2, $3, '[)')
         AND (f.venue_id = $4 OR EXISTS (SELECT 1 FROM forum_hosts h WHERE h.forum_id = f.id AND h.staff_user_id = ANY($5::uuid[])))`,
      [agency.id, occurrence.startsAt, occurrence.endsAt, venueId, template.hostIds],
    );
    if (busy) {
      skipped.push(occurrence.key);
      continue;
    }
    // The second upcoming meeting falls in a holiday week and is called off.
    const cancelled = index === 1;
    const [forum] = await manager.query(
      `INSERT INTO forums (agency_id, title, type, description, topics, neighbourhood, starts_at, ends_at, time_zone, format, venue_id, online_url,
         languages, sign_language, accessibility_notes, visibility, status, cancel_reason, public_cancel_reason, published_at, cancelled_at, agenda, created_by,
         series_id, series_occurrence_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $24, $19, $20, $21, $22, $23) RETURNING id`,
      [
        agency.id,
        template.title,
        template.type,
        template.description,
        template.topics,
        template.neighbourhood,
        occurrence.startsAt,
        occurrence.endsAt,
        zone,
        template.format,
        venueId,
        template.onlineUrl,
        template.languages,
        template.signLanguage,
        template.accessibilityNotes,
        template.visibility,
        cancelled ? ForumStatus.CANCELLED : ForumStatus.PUBLISHED,
        cancelled ? 'Holiday week: the board meets again next month.' : null,
        cancelled ? now : null,
        JSON.stringify(template.agenda),
        creatorId,
        series.id,
        occurrence.key,
        now,
      ],
    );
    for (const host of hosts) await manager.query(`INSERT INTO forum_hosts (forum_id, staff_user_id) VALUES ($1, $2)`, [forum.id, host.id]);
  }
  if (skipped.length) await manager.query(`UPDATE forum_series SET skipped_dates = $2 WHERE id = $1`, [series.id, skipped]);
}
