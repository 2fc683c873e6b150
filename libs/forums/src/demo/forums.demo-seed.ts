import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { Clock, DemoSeedContributor, DemoSeedPart, StaffRole } from '@app/common';
import type { Agency } from '@app/agencies';
import type { StaffUser } from '@app/staff';
import { PartnerLookupService } from '@app/partners';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility, VenueAccessibilityFeature as A } from '../forum.enums';
import { AgendaItem } from '../forum.entity';
import { seedAdvisoryBoardSeries } from './series.demo-seed';

interface DemoVenue {
  key: string;
  name: string;
  address: string;
  capacity: number;
  features: A[];
  latitude: number;
  longitude: number;
  notes?: string;
}

const VENUES: DemoVenue[] = [
  {
    key: 'library',
    name: 'Riverside Central Library, Community Room',
    address: '200 W Main St, Riverside',
    capacity: 120,
    features: [A.STEP_FREE_ACCESS, A.HEARING_LOOP, A.ACCESSIBLE_RESTROOMS, A.TRANSIT_NEARBY],
    latitude: 41.8819,
    longitude: -87.6278,
    notes: 'Book through the branch manager; room opens 30 minutes before.',
  },
  {
    key: 'northgate',
    name: 'Northgate Recreation Center, Gym',
    address: '1450 N Halsted Ave, Riverside',
    capacity: 250,
    features: [A.STEP_FREE_ACCESS, A.ACCESSIBLE_RESTROOMS, A.PARKING],
    latitude: 41.9086,
    longitude: -87.6488,
  },
  {
    key: 'church',
    name: 'Old Town Community Church, Fellowship Hall',
    address: '318 Church St, Riverside',
    capacity: 90,
    features: [A.STEP_FREE_ACCESS, A.PARKING],
    latitude: 41.9112,
    longitude: -87.6349,
    notes: 'Ramp at the side entrance on Elm; no hearing loop.',
  },
  {
    key: 'school',
    name: 'Eastbrook High School Auditorium',
    address: '2200 E Brook Rd, Riverside',
    capacity: 400,
    features: [A.STEP_FREE_ACCESS, A.HEARING_LOOP, A.ACCESSIBLE_RESTROOMS, A.PARKING],
    latitude: 41.8654,
    longitude: -87.6012,
  },
  {
    key: 'substation',
    name: 'Harbor District Substation, Meeting Room',
    address: '75 Wharf St, Riverside',
    capacity: 40,
    features: [A.STEP_FREE_ACCESS, A.TRANSIT_NEARBY],
    latitude: 41.8891,
    longitude: -87.6105,
  },
  {
    key: 'union',
    name: 'University Park Student Union, Room 210',
    address: '900 College Ave, Riverside',
    capacity: 150,
    features: [A.STEP_FREE_ACCESS, A.HEARING_LOOP, A.ACCESSIBLE_RESTROOMS, A.TRANSIT_NEARBY],
    latitude: 41.8708,
    longitude: -87.6505,
  },
];

interface DemoForum {
  title: string;
  type: ForumType;
  description: string;
  topics: string[];
  neighbourhood: string;
  /** Days from today (negative: already held), local start hour and length in minutes. */
  day: number;
  hour: number;
  minutes: number;
  venue?: string;
  onlineUrl?: string;
  status: ForumStatus;
  visibility?: ForumVisibility;
  languages?: string[];
  interpretation?: string[];
  signLanguage?: boolean;
  capacityOverride?: number;
  agenda?: AgendaItem[];
  cancelReason?: string;
  /** Held before at another time: the reschedule history keeps it. */
  movedFromDay?: number;
  report?: { attendance: number; summary: string; concerns: { topic: string; description: string; priority: string }[] };
}

const TOWN_HALL_AGENDA: AgendaItem[] = [
  { title: 'Welcome and introductions', speaker: 'District commander', durationMinutes: 10 },
  { title: 'Crime and safety update for the neighbourhood', speaker: 'Crime analyst', durationMinutes: 20 },
  { title: 'Open floor: questions from residents', durationMinutes: 50 },
  { title: 'Next steps and close', durationMinutes: 10 },
];

const FORUMS: DemoForum[] = [
  {
    title: 'Old Town winter safety town hall',
    type: ForumType.TOWN_HALL,
    description: 'Residents and the Old Town beat team review the autumn and set priorities for winter.',
    topics: ['traffic safety', 'burglary prevention'],
    neighbourhood: 'Old Town',
    day: -40,
    hour: 18,
    minutes: 90,
    venue: 'church',
    status: ForumStatus.COMPLETED,
    agenda: TOWN_HALL_AGENDA,
    report: {
      attendance: 64,
      summary: 'Strong turnout; speeding and package theft dominated the discussion.',
      concerns: [
        { topic: 'traffic safety', description: 'Drivers speed on Pine St between the school and the park at pick-up time.', priority: 'HIGH' },
        { topic: 'package theft', description: 'Repeated package thefts from porches on Maple Ave during the day.', priority: 'MEDIUM' },
        { topic: 'lighting', description: 'Three streetlights out under the rail bridge on 5th St.', priority: 'MEDIUM' },
      ],
    },
  },
  {
    title: 'Mental health crisis response listening session',
    type: ForumType.LISTENING_SESSION,
    description: 'Families, providers and officers discuss how crisis calls are handled and the co-responder pilot.',
    topics: ['mental health'],
    neighbourhood: 'Northgate',
    day: -21,
    hour: 17,
    minutes: 120,
    venue: 'northgate',
    status: ForumStatus.COMPLETED,
    interpretation: ['es'],
    report: {
      attendance: 88,
      summary: 'Broad support for the co-responder pilot; requests for faster follow-up after crisis calls.',
      concerns: [
        { topic: 'mental health', description: 'Families wait days for follow-up after a crisis call; ask for a named contact.', priority: 'URGENT' },
        { topic: 'homelessness', description: 'Encampment by the Northgate underpass has no outreach visits on weekends.', priority: 'HIGH' },
      ],
    },
  },
  {
    title: 'Harbor District business watch',
    type: ForumType.COMMUNITY_FORUM,
    description: 'Shop owners and the harbor patrol on retail theft and late-night safety.',
    topics: ['retail theft', 'nightlife safety'],
    neighbourhood: 'Harbor District',
    day: -7,
    hour: 9,
    minutes: 60,
    venue: 'substation',
    status: ForumStatus.COMPLETED,
    report: {
      attendance: 23,
      summary: 'Agreed a shared alert channel between businesses and the harbor patrol.',
      concerns: [{ topic: 'retail theft', description: 'Organised shoplifting at the Wharf St pharmacy, several times a week.', priority: 'HIGH' }],
    },
  },
  {
    title: 'Eastbrook traffic safety forum',
    type: ForumType.COMMUNITY_FORUM,
    description: 'Follow-up on speeding near Eastbrook schools, with the city traffic engineer.',
    topics: ['traffic safety'],
    neighbourhood: 'Eastbrook',
    day: 6,
    hour: 18,
    minutes: 90,
    venue: 'school',
    status: ForumStatus.PUBLISHED,
    agenda: TOWN_HALL_AGENDA,
    movedFromDay: 4,
  },
  {
    title: 'Community advisory board, monthly meeting',
    type: ForumType.ADVISORY_BOARD,
    description: 'The advisory board reviews complaints data, use-of-force reports and upcoming policy changes.',
    topics: ['police accountability'],
    neighbourhood: 'Riverside Flats',
    day: 12,
    hour: 18,
    minutes: 120,
    venue: 'library',
    status: ForumStatus.PUBLISHED,
    visibility: ForumVisibility.INVITE_ONLY,
  },
  {
    title: 'Hate crime reporting: know your rights',
    type: ForumType.AWARENESS_EVENT,
    description: 'How to report hate incidents, what happens next and where victims can get support.',
    topics: ['hate crime', 'victim support'],
    neighbourhood: 'University Park',
    day: 16,
    hour: 19,
    minutes: 90,
    venue: 'union',
    onlineUrl: 'https://meet.riverside-pd.example/hate-crime-rights',
    status: ForumStatus.PUBLISHED,
    languages: ['en', 'es'],
    interpretation: ['ar', 'vi'],
    signLanguage: true,
  },
  {
    title: 'Citizen police academy, session 1',
    type: ForumType.CITIZEN_ACADEMY,
    description: 'Eight-week academy: how the department is organised, dispatch and patrol.',
    topics: ['police procedures'],
    neighbourhood: 'Riverside Flats',
    day: 20,
    hour: 18,
    minutes: 150,
    venue: 'library',
    status: ForumStatus.PUBLISHED,
    capacityOverride: 30,
  },
  {
    title: 'Human trafficking awareness for hotel staff',
    type: ForumType.AWARENESS_EVENT,
    description: 'Signs of trafficking and how to report them, with the regional task force.',
    topics: ['human trafficking'],
    neighbourhood: 'Harbor District',
    day: 26,
    hour: 10,
    minutes: 90,
    onlineUrl: 'https://meet.riverside-pd.example/trafficking-awareness',
    status: ForumStatus.PUBLISHED,
  },
  {
    title: 'Westfield listening session',
    type: ForumType.LISTENING_SESSION,
    description: 'An open session for Westfield residents to raise anything on their mind.',
    topics: ['community trust'],
    neighbourhood: 'Westfield',
    day: 33,
    hour: 18,
    minutes: 90,
    venue: 'northgate',
    status: ForumStatus.PUBLISHED,
    languages: ['en', 'es'],
  },
  {
    title: 'Youth and police: school program at Eastbrook High',
    type: ForumType.SCHOOL_PROGRAM,
    description: 'Students meet school resource officers; conversation on social media safety.',
    topics: ['youth', 'online safety'],
    neighbourhood: 'Eastbrook',
    day: 38,
    hour: 13,
    minutes: 60,
    venue: 'school',
    status: ForumStatus.PUBLISHED,
    visibility: ForumVisibility.INVITE_ONLY,
  },
  {
    title: 'Domestic violence task force meeting',
    type: ForumType.TASK_FORCE_MEETING,
    description: 'Partners review referrals and shelter capacity.',
    topics: ['domestic violence'],
    neighbourhood: 'Cedar Hill',
    day: 41,
    hour: 14,
    minutes: 90,
    venue: 'substation',
    status: ForumStatus.PUBLISHED,
    visibility: ForumVisibility.INVITE_ONLY,
  },
  {
    title: 'Cedar Hill town hall',
    type: ForumType.TOWN_HALL,
    description: 'Cedar Hill residents meet their new district commander.',
    topics: ['community trust', 'traffic safety'],
    neighbourhood: 'Cedar Hill',
    day: 47,
    hour: 18,
    minutes: 90,
    venue: 'church',
    status: ForumStatus.DRAFT,
    agenda: TOWN_HALL_AGENDA,
  },
  {
    title: 'Senior scam prevention workshop',
    type: ForumType.AWARENESS_EVENT,
    description: 'Phone and online scams targeting older residents, and how to stop them.',
    topics: ['fraud', 'elder safety'],
    neighbourhood: 'Old Town',
    day: 54,
    hour: 10,
    minutes: 90,
    venue: 'library',
    status: ForumStatus.PUBLISHED,
  },
  {
    title: 'Riverside Flats summer safety planning',
    type: ForumType.COMMUNITY_FORUM,
    description: 'Planning block parties, park patrols and youth programs for the summer.',
    topics: ['youth', 'parks'],
    neighbourhood: 'Riverside Flats',
    day: 61,
    hour: 18,
    minutes: 90,
    venue: 'northgate',
    status: ForumStatus.DRAFT,
  },
  {
    title: 'University Park student safety forum',
    type: ForumType.COMMUNITY_FORUM,
    description: 'Campus and city police with students on late-night transit and housing safety.',
    topics: ['nightlife safety', 'transit'],
    neighbourhood: 'University Park',
    day: 68,
    hour: 19,
    minutes: 90,
    venue: 'union',
    status: ForumStatus.PUBLISHED,
  },
  {
    title: 'Northgate block captains meeting',
    type: ForumType.COMMUNITY_FORUM,
    description: 'Block captains share updates; cancelled because the gym floor is being refinished.',
    topics: ['neighbourhood watch'],
    neighbourhood: 'Northgate',
    day: 9,
    hour: 18,
    minutes: 60,
    venue: 'northgate',
    status: ForumStatus.CANCELLED,
    cancelReason: 'The gym floor is being refinished; the meeting moves to next month.',
  },
  {
    title: 'Advisory board, quarterly review',
    type: ForumType.ADVISORY_BOARD,
    description: 'Quarterly review of the department’s community engagement plan.',
    topics: ['police accountability'],
    neighbourhood: 'Riverside Flats',
    day: 82,
    hour: 18,
    minutes: 120,
    venue: 'library',
    status: ForumStatus.PUBLISHED,
    visibility: ForumVisibility.INVITE_ONLY,
  },
];

const ZONE = 'America/Chicago';

/** Six venues of Riverside and the forums held or planned there, hosted by the liaison officers, and a monthly advisory board series. */
@Injectable()
@DemoSeedPart(20)
export class ForumsDemoSeed implements DemoSeedContributor {
  constructor(
    private readonly organisationDirectory: PartnerLookupService,
    private readonly clock: Clock,
  ) {}

  async seed(manager: EntityManager, agency: Agency, staff: StaffUser[]): Promise<void> {
    const venueIds = new Map<string, string>();
    for (const v of VENUES) {
      const [row] = await manager.query(
        `INSERT INTO venues (agency_id, name, address, capacity, accessibility_features, latitude, longitude, notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [agency.id, v.name, v.address, v.capacity, v.features, v.latitude, v.longitude, v.notes ?? null],
      );
      venueIds.set(v.key, row.id);
    }
    const officers = staff.filter((s) => s.role === StaffRole.LIAISON_OFFICER);
    const creator = staff.find((s) => s.role === StaffRole.ADMIN) ?? officers[0];
    // Partner organisations, if the partners part of the demo ran first.
    const organisations = await this.organisationDirectory.firstByName(agency.id, 4, manager);
    const now = this.clock.now();
    const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
    const at = (day: number, hour: number) => today.plus({ days: day }).set({ hour });

    for (const [index, f] of FORUMS.entries()) {
      const start = at(f.day, f.hour);
      const end = start.plus({ minutes: f.minutes });
      const format = f.venue && f.onlineUrl ? ForumFormat.HYBRID : f.venue ? ForumFormat.IN_PERSON : ForumFormat.ONLINE;
      const published = f.status !== ForumStatus.DRAFT && !(f.status === ForumStatus.CANCELLED && !f.cancelReason);
      const [row] = await manager.query(
        `INSERT INTO forums (agency_id, title, type, description, topics, neighbourhood, starts_at, ends_at, time_zone, format, venue_id,
           online_url, capacity_override, rsvp_deadline, languages, interpretation_languages, sign_language, visibility, status,
           cancel_reason, public_cancel_reason, published_at, completed_at, cancelled_at, sequence, agenda, created_by, accessibility_notes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $20, $21, $22, $23, $24, $25, $26, $27)
         RETURNING id`,
        [
          agency.id,
          f.title,
          f.type,
          f.description,
          f.topics,
          f.neighbourhood,
          start.toJSDate(),
          end.toJSDate(),
          ZONE,
          format,
          f.venue ? venueIds.get(f.venue) : null,
          f.onlineUrl ?? null,
          f.capacityOverride ?? null,
          start.minus({ days: 2 }).set({ hour: 12 }).toJSDate(),
          f.languages ?? ['en'],
          f.interpretation ?? [],
          f.signLanguage ?? false,
          f.visibility ?? ForumVisibility.PUBLIC,
          f.status,
          f.cancelReason ?? null,
          published ? start.minus({ days: 21 }).toJSDate() : null,
          f.status === ForumStatus.COMPLETED ? end.plus({ hours: 1 }).toJSDate() : null,
          f.status === ForumStatus.CANCELLED ? today.minus({ days: 1 }).toJSDate() : null,
          f.movedFromDay !== undefined ? 1 : 0,
          JSON.stringify(f.agenda ?? []),
          creator?.id ?? null,
          f.venue === 'church' ? 'Ramp at the side entrance on Elm St.' : null,
        ],
      );
      const hosts = officers.length ? [officers[index % officers.length]] : [];
      if (f.type === ForumType.TOWN_HALL && officers.length > 1) hosts.push(officers[(index + 1) % officers.length]);
      for (const host of hosts) await manager.query(`INSERT INTO forum_hosts (forum_id, staff_user_id) VALUES ($1, $2)`, [row.id, host.id]);
      if (f.movedFromDay !== undefined) {
        const was = at(f.movedFromDay, f.hour);
        await manager.query(
          `INSERT INTO forum_schedule_changes (forum_id, agency_id, sequence, previous_starts_at, previous_ends_at, previous_time_zone, previous_venue_id, reason, changed_by)
           VALUES ($1, $2, 0, $3, $4, $5, $6, $7, $8)`,
          [row.id, agency.id, was.toJSDate(), was.plus({ minutes: f.minutes }).toJSDate(), ZONE, venueIds.get(f.venue!), 'Auditorium needed for exams', hosts[0]?.id ?? null],
        );
      }
      if (f.report) {
        await manager.query(
          `INSERT INTO forum_reports (forum_id, agency_id, attendance_count, summary, minutes, submitted_by) VALUES ($1, $2, $3, $4, $5, $6)`,
          [row.id, agency.id, f.report.attendance, f.report.summary, `Minutes of "${f.title}" kept by the host officer.`, hosts[0]?.id ?? null],
        );
        for (const organisation of organisations.slice(0, 1 + (index % 3))) {
          await manager.query(`INSERT INTO forum_report_organisations (forum_id, organisation_id, agency_id) VALUES ($1, $2, $3)`, [
            row.id,
            organisation.id,
            agency.id,
          ]);
        }
        for (const concern of f.report.concerns) {
          await manager.query(
            `INSERT INTO community_concerns (agency_id, forum_id, topic, neighbourhood, description, priority, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [agency.id, row.id, concern.topic, f.neighbourhood, concern.description, concern.priority, start.toJSDate()],
          );
        }
      }
    }
    await seedAdvisoryBoardSeries(manager, agency, venueIds.get('substation')!, officers.slice(-1), creator?.id ?? null, now);
  }
}
