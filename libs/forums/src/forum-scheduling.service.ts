import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Actor, Clock, InputError, NotFoundError, StaffActor, StaffRole, errorText } from '@app/common';
import type { LanguageCode } from '@app/common';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { AuditService, diff } from '@app/audit';
import { StaffAccountsService, StaffStatus } from '@app/staff';
import { Forum } from './forum.entity';
import { ForumHost } from './forum-host.entity';
import { ForumScheduleChange } from './forum-schedule-change.entity';
import { ForumStatus, ForumVisibility } from './forum.enums';
import { Venue } from './venue.entity';
import { ForumError } from './forum.errors';
import { Booking, ForumConflicts } from './forum-conflicts';
import { ForumChangeRunner, ForumTransaction } from './forum-change-runner';
import {
  ForumChanges,
  ForumDetails,
  ForumReschedule,
  NewForum,
  assertForumShape,
  normaliseAgenda,
  normaliseTags,
  parseForumTimes,
} from './forum-input';
import { assertTimeZone, localToInstant } from './local-time';
import { cleanForumTranslations } from './forum-translations';

const HOST_ROLES = [StaffRole.LIAISON_OFFICER, StaffRole.ADMIN];
/** Fields a forum always has: an update may change them but not null them. */
const REQUIRED_ON_UPDATE = ['title', 'type', 'format', 'visibility', 'signLanguage'] as const;
const EDITABLE = [ForumStatus.DRAFT, ForumStatus.PUBLISHED];
/** Where a forum takes place: changing either on a published forum updates its invitees' calendars. */
const PLACE_FIELDS = ['venueId', 'onlineUrl'] as const;

/** What a new forum has unless the input says otherwise. */
const NEW_FORUM_DEFAULTS: Partial<Forum> = {
  description: '',
  topics: [],
  neighbourhood: null,
  venueId: null,
  onlineUrl: null,
  capacityOverride: null,
  rsvpDeadline: null,
  languages: ['en'],
  interpretationLanguages: [],
  signLanguage: false,
  accessibilityNotes: null,
  agenda: [],
  translations: {},
};

function actorUserId(actor: Actor): string | null {
  return actor.kind === 'STAFF' ? actor.userId : null;
}

/**
 * Creating, editing and rescheduling forums, with the venue and host conflict rules.
 * `createInManager` works inside a caller's transaction so recurring series can
 * materialise many occurrences at once.
 */
@Injectable()
export class ForumSchedulingService {
  constructor(
    private readonly runner: ForumChangeRunner,
    private readonly conflicts: ForumConflicts,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly staffAccounts: StaffAccountsService,
    private readonly clock: Clock,
  ) {}

  /** A new DRAFT forum. Refused with CONFLICT if its venue or a host is taken, unless overridden. */
  create(actor: StaffActor, input: NewForum): Promise<Forum> {
    return this.runner.run(actor, (tx) => this.createIn(tx, input));
  }

  /**
   * Creates a DRAFT forum inside the caller's transaction (audit entry included). A double
   * booking that races past the check surfaces as a PostgreSQL 23P01 error from this call
   * (see `isDoubleBooking` and `ForumConflicts.explainDoubleBooking`).
   */
  async createInManager(manager: EntityManager, actor: Actor, input: NewForum, prefix = 'input'): Promise<Forum> {
    const silent = async () => undefined;
    const afterCommit = () => {
      throw new Error('createInManager writes a DRAFT, which owes nothing after commit');
    };
    return this.createIn({ manager, actor, notify: silent, emit: silent, afterCommit }, input, prefix);
  }

  private async createIn(tx: ForumTransaction, input: NewForum, prefix = 'input'): Promise<Forum> {
    const { manager, actor } = tx;
    const times = parseForumTimes(input, prefix);
    const agency = await this.agencyOf(manager, actor.agencyId);
    const forum = manager.create(Forum, {
      agencyId: actor.agencyId,
      status: ForumStatus.DRAFT,
      sequence: 0,
      createdBy: actorUserId(actor),
      ...times,
      ...NEW_FORUM_DEFAULTS,
      ...this.details(input, times.timeZone, prefix, agency),
      title: input.title.trim(),
      type: input.type,
      format: input.format,
      visibility: input.visibility ?? ForumVisibility.PUBLIC,
      conflictOverrideReason: input.conflictOverride?.reason.trim() || null,
    });
    assertForumShape(forum, agency.neighbourhoods, prefix);
    if (forum.venueId) await this.usableVenue(manager, actor.agencyId, forum.venueId, `${prefix}.venueId`);
    const hostIds = await this.validHosts(manager, actor.agencyId, input.hostIds ?? [], `${prefix}.hostIds`);
    const booking: Booking = { venueId: forum.venueId, hostIds, startsAt: forum.startsAt, endsAt: forum.endsAt };
    const overridden = await this.checkConflicts(tx, booking, forum.conflictOverrideReason, prefix);
    const saved = await manager.save(forum);
    if (hostIds.length) await manager.insert(ForumHost, hostIds.map((staffUserId) => ({ forumId: saved.id, staffUserId })));
    await this.audit.record(manager, actor, {
      action: 'forum.create',
      entityType: 'Forum',
      entityId: saved.id,
      summary: `Created draft forum "${saved.title}"${overridden ? ` overriding a conflict: ${saved.conflictOverrideReason}` : ''}`,
      changes: {
        startsAt: saved.startsAt,
        endsAt: saved.endsAt,
        timeZone: saved.timeZone,
        venueId: saved.venueId,
        hostIds,
        ...(saved.conflictOverrideReason ? { conflictOverride: { reason: saved.conflictOverrideReason, overridden } } : {}),
      },
    });
    return saved;
  }

  /** Changes anything but the times. Changing the venue or hosts re-checks conflicts. */
  update(actor: StaffActor, id: string, changes: ForumChanges): Promise<Forum> {
    return this.runner.run(actor, async (tx) => {
      const forum = await this.lockForum(tx.manager, actor.agencyId, id);
      // An occurrence edited on its own leaves its series' edits (see ForumSeriesService).
      if (forum.seriesId) forum.seriesDetached = true;
      return this.updateIn(tx, forum, changes);
    });
  }

  /**
   * The update of a locked forum inside a running forum transaction (series edit occurrences this way).
   * `rescheduleFollows`: the caller reschedules the forum next in the same transaction, and that
   * raises the sequence and sends the calendar update, so a new place does not send one of its own.
   */
  async updateIn(tx: ForumTransaction, forum: Forum, changes: ForumChanges, prefix = 'input', options: { rescheduleFollows?: boolean } = {}): Promise<Forum> {
    const { manager, actor } = tx;
    if (!EDITABLE.includes(forum.status)) throw ForumError.invalidTransition('edit', forum.status, EDITABLE);
    for (const key of REQUIRED_ON_UPDATE) {
      if (changes[key] === null) throw new InputError(`${prefix}.${key}`, errorText('cannot be cleared; leave it out to keep it'), 'REQUIRED');
    }
    const agency = await this.agencyOf(manager, actor.agencyId);
    const before = { ...forum };
    const details = this.details(changes, forum.timeZone, prefix, agency);
    Object.assign(forum, details);
    if (changes.title !== undefined) forum.title = changes.title.trim();
    if (changes.type !== undefined) forum.type = changes.type;
    if (changes.format !== undefined) forum.format = changes.format;
    if (changes.visibility !== undefined) forum.visibility = changes.visibility;
    assertForumShape(forum, agency.neighbourhoods, prefix);

    const currentHosts = await this.hostIdsOf(manager, forum.id);
    const hostIds = changes.hostIds !== undefined ? await this.validHosts(manager, actor.agencyId, changes.hostIds, `${prefix}.hostIds`) : currentHosts;
    const venueChanged = forum.venueId !== before.venueId;
    const hostsChanged = changes.hostIds !== undefined && [...hostIds].sort().join() !== [...currentHosts].sort().join();
    if (venueChanged && forum.venueId) await this.usableVenue(manager, actor.agencyId, forum.venueId, `${prefix}.venueId`);
    let overridden = false;
    if (venueChanged || hostsChanged || changes.conflictOverride !== undefined) {
      forum.conflictOverrideReason = changes.conflictOverride?.reason.trim() || null;
      // The whole booking is checked again, as the database will: an overlap accepted
      // earlier needs the override again once the override is replaced.
      const booking: Booking = { forumId: forum.id, venueId: forum.venueId, hostIds, startsAt: forum.startsAt, endsAt: forum.endsAt };
      overridden = await this.checkConflicts(tx, booking, forum.conflictOverrideReason, prefix);
    }
    const changed = diff(before, details);
    for (const key of ['title', 'type', 'format', 'visibility', 'conflictOverrideReason'] as const) {
      if (before[key] !== forum[key]) changed[key] = { from: before[key], to: forum[key] };
    }
    if (hostsChanged) changed.hostIds = { from: currentHosts, to: hostIds };
    // A published forum that moves to another place is a new version of the calendar entry its
    // invitees hold (as a reschedule is): its sequence rises, and `sequence` among the changed
    // fields tells subscribers to send the update.
    if (forum.status === ForumStatus.PUBLISHED && !options.rescheduleFollows && PLACE_FIELDS.some((key) => key in changed)) {
      forum.sequence = before.sequence + 1;
      changed.sequence = { from: before.sequence, to: forum.sequence };
    }
    const saved = await manager.save(forum);
    if (hostsChanged) await this.replaceHosts(manager, forum.id, hostIds);
    const fields = Object.keys(changed);
    await this.audit.record(manager, actor, {
      action: 'forum.update',
      entityType: 'Forum',
      entityId: forum.id,
      summary: `Updated forum "${forum.title}": ${fields.join(', ') || 'no changes'}${overridden ? ` (overriding a conflict: ${forum.conflictOverrideReason})` : ''}`,
      changes: changed,
    });
    if (fields.length) await tx.notify({ kind: 'UPDATED', forum: saved, fields });
    return saved;
  }

  /**
   * Moves a forum that has not started yet, keeping its id. A published forum's
   * `sequence` rises and its previous times are kept in its schedule history.
   */
  reschedule(actor: StaffActor, id: string, input: ForumReschedule): Promise<Forum> {
    return this.runner.run(actor, async (tx) => {
      const forum = await this.lockForum(tx.manager, actor.agencyId, id);
      // A moved occurrence keeps its identity and its series key but leaves the series' edits.
      if (forum.seriesId) forum.seriesDetached = true;
      return this.rescheduleIn(tx, forum, input);
    });
  }

  /** The reschedule of a locked forum inside a running forum transaction (series move occurrences this way). */
  async rescheduleIn(tx: ForumTransaction, forum: Forum, input: ForumReschedule, prefix = 'input'): Promise<Forum> {
    const { manager, actor } = tx;
    if (!EDITABLE.includes(forum.status)) throw ForumError.invalidTransition('reschedule', forum.status, EDITABLE);
    if (forum.startsAt.getTime() <= this.clock.now().getTime()) throw ForumError.alreadyStarted('reschedule', forum.status);
    const timeZone = input.timeZone ?? forum.timeZone;
    assertTimeZone(timeZone, `${prefix}.timeZone`);
    const times = parseForumTimes({ start: input.start, end: input.end, timeZone }, prefix);
    if (times.startsAt.getTime() <= this.clock.now().getTime()) throw new InputError(`${prefix}.start`, errorText('must be in the future'), 'START_IN_PAST');
    const previous = { startsAt: forum.startsAt, endsAt: forum.endsAt, timeZone: forum.timeZone, venueId: forum.venueId, sequence: forum.sequence };
    const agency = await this.agencyOf(manager, actor.agencyId);
    Object.assign(forum, times);
    if (input.venueId !== undefined) forum.venueId = input.venueId;
    if (forum.rsvpDeadline && forum.rsvpDeadline > forum.endsAt) {
      throw new InputError(`${prefix}.end`, errorText('would fall before the RSVP deadline; move the deadline first'), 'RSVP_DEADLINE_AFTER_END');
    }
    assertForumShape(forum, agency.neighbourhoods, prefix);
    if (forum.venueId && forum.venueId !== previous.venueId) await this.usableVenue(manager, actor.agencyId, forum.venueId, `${prefix}.venueId`);
    forum.conflictOverrideReason = input.conflictOverride?.reason.trim() || null;
    const hostIds = await this.hostIdsOf(manager, forum.id);
    const booking: Booking = { forumId: forum.id, venueId: forum.venueId, hostIds, startsAt: forum.startsAt, endsAt: forum.endsAt };
    const overridden = await this.checkConflicts(tx, booking, forum.conflictOverrideReason, prefix);

    const published = forum.status === ForumStatus.PUBLISHED;
    if (published) {
      await manager.insert(ForumScheduleChange, {
        forumId: forum.id,
        agencyId: forum.agencyId,
        sequence: previous.sequence,
        previousStartsAt: previous.startsAt,
        previousEndsAt: previous.endsAt,
        previousTimeZone: previous.timeZone,
        previousVenueId: previous.venueId,
        reason: input.reason?.trim() || null,
        changedBy: actorUserId(actor),
      });
      forum.sequence = previous.sequence + 1;
    }
    const saved = await manager.save(forum);
    await this.audit.record(manager, actor, {
      action: 'forum.reschedule',
      entityType: 'Forum',
      entityId: forum.id,
      summary: `Rescheduled "${forum.title}"${input.reason ? `: ${input.reason}` : ''}${overridden ? ` (overriding a conflict: ${forum.conflictOverrideReason})` : ''}`,
      changes: {
        startsAt: { from: previous.startsAt, to: forum.startsAt },
        endsAt: { from: previous.endsAt, to: forum.endsAt },
        timeZone: { from: previous.timeZone, to: forum.timeZone },
        venueId: { from: previous.venueId, to: forum.venueId },
        sequence: { from: previous.sequence, to: forum.sequence },
        ...(forum.conflictOverrideReason ? { conflictOverride: { reason: forum.conflictOverrideReason, overridden } } : {}),
      },
    });
    if (published) await tx.notify({ kind: 'RESCHEDULED', forum: saved, previous });
    else await tx.notify({ kind: 'UPDATED', forum: saved, fields: ['startsAt', 'endsAt', 'timeZone', 'venueId'] });
    return saved;
  }

  /** Locks the forum row of the caller's agency for the rest of the transaction. */
  async lockForum(manager: EntityManager, agencyId: string, id: string): Promise<Forum> {
    const forum = await manager.findOne(Forum, { where: { id, agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!forum) throw new NotFoundError('Forum', id);
    return forum;
  }

  /**
   * Refuses a booking that collides with another forum unless an override reason is
   * given; returns whether an actual conflict was overridden (for the audit entry).
   */
  private async checkConflicts(tx: ForumTransaction, booking: Booking, overrideReason: string | null, prefix: string): Promise<boolean> {
    const fields = { venue: `${prefix}.venueId`, hosts: `${prefix}.hostIds` };
    const conflict = await this.conflicts.find(tx.manager, booking, fields);
    if (conflict && !overrideReason) throw conflict;
    tx.booking = booking;
    tx.bookingFields = fields;
    return Boolean(conflict);
  }

  /** The detail fields present in the input, normalised (times are not details). */
  private details(input: Partial<ForumDetails>, timeZone: string, prefix: string, agency: Agency): Partial<Forum> {
    const out: Partial<Forum> = {};
    if (input.translations !== undefined) out.translations = cleanForumTranslations(input.translations, agency.enabledLanguages, prefix);
    if (input.description !== undefined) out.description = input.description?.trim() ?? '';
    if (input.topics !== undefined) out.topics = normaliseTags(input.topics ?? []);
    if (input.neighbourhood !== undefined) out.neighbourhood = input.neighbourhood?.trim() || null;
    if (input.venueId !== undefined) out.venueId = input.venueId;
    if (input.onlineUrl !== undefined) out.onlineUrl = input.onlineUrl?.trim() || null;
    if (input.capacityOverride !== undefined) out.capacityOverride = input.capacityOverride;
    if (input.rsvpDeadline !== undefined) {
      out.rsvpDeadline = input.rsvpDeadline ? localToInstant(input.rsvpDeadline, timeZone, `${prefix}.rsvpDeadline`) : null;
    }
    if (input.languages !== undefined) out.languages = normaliseTags(input.languages ?? []);
    if (input.interpretationLanguages !== undefined) out.interpretationLanguages = normaliseTags(input.interpretationLanguages ?? []);
    if (input.signLanguage !== undefined) out.signLanguage = input.signLanguage;
    if (input.accessibilityNotes !== undefined) out.accessibilityNotes = input.accessibilityNotes?.trim() || null;
    if (input.agenda !== undefined) out.agenda = normaliseAgenda(input.agenda ?? []);
    return out;
  }

  /** The agency's enabled languages, read in the caller's transaction. */
  enabledLanguages(manager: EntityManager, agencyId: string): Promise<LanguageCode[]> {
    return this.agencies.enabledLanguages(agencyId, manager);
  }

  /** Refuses translations in a language the agency has not enabled (or English), naming the entry. */
  async assertTranslations(manager: EntityManager, agencyId: string, given: ForumDetails['translations'], prefix = 'input'): Promise<void> {
    if (given) cleanForumTranslations(given, await this.enabledLanguages(manager, agencyId), prefix);
  }

  private agencyOf(manager: EntityManager, agencyId: string): Promise<Agency> {
    return this.agencies.get(agencyId, manager);
  }

  /** A venue of the agency that can be booked (not archived); names the field otherwise. */
  async usableVenue(manager: EntityManager, agencyId: string, venueId: string, field: string): Promise<Venue> {
    // FOR SHARE: a venue being deleted at this moment is either seen as gone or waits for this booking.
    const venue = await manager.findOne(Venue, { where: { id: venueId, agencyId }, lock: { mode: 'pessimistic_read' } });
    if (!venue) throw new InputError(field, errorText('no such venue in this agency'), 'UNKNOWN_VENUE');
    if (venue.archivedAt) throw new InputError(field, errorText('{name} is archived; unarchive it to book it', { name: venue.name }), 'VENUE_ARCHIVED');
    return venue;
  }

  /** Hosts are active liaison officers or admins of the agency. */
  async validHosts(manager: EntityManager, agencyId: string, ids: string[], field: string): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const staff = await this.staffAccounts.findByIds(agencyId, unique, manager);
    for (const id of unique) {
      const person = staff.find((s) => s.id === id);
      if (!person) throw new InputError(field, errorText('{id} is not a staff member of this agency', { id }), 'UNKNOWN_HOST');
      if (person.status !== StaffStatus.ACTIVE) throw new InputError(field, errorText('{name} is not an active staff member', { name: person.name }), 'INACTIVE_HOST');
      if (!HOST_ROLES.includes(person.role)) throw new InputError(field, errorText('{name} is an {role}; hosts are liaison officers or admins', { name: person.name, role: person.role }), 'HOST_ROLE');
    }
    return unique;
  }

  private async hostIdsOf(manager: EntityManager, forumId: string): Promise<string[]> {
    return (await manager.findBy(ForumHost, { forumId })).map((h) => h.staffUserId);
  }

  private async replaceHosts(manager: EntityManager, forumId: string, hostIds: string[]): Promise<void> {
    await manager.delete(ForumHost, { forumId });
    if (hostIds.length) await manager.insert(ForumHost, hostIds.map((staffUserId) => ({ forumId, staffUserId })));
  }
}
