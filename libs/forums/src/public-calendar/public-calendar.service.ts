import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Clock, NotFoundError } from '@app/common';
import type { LanguageCode } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AgenciesService } from '@app/agencies';
import type { Agency } from '@app/agencies';
import { Forum } from '../forum.entity';
import { Venue } from '../venue.entity';
import { ForumStatus, ForumVisibility } from '../forum.enums';
import { forumContentIn } from '../forum-translations';
import { PublicCalendarAgency, PublicForum, buildForumDownload, buildPublicFeed } from './public-calendar-ics';

export interface PublicCalendarListing {
  agency: PublicCalendarAgency;
  /** Upcoming forums in start order, cancelled ones included (marked). */
  forums: PublicForum[];
}

/** A subscription feed is for what is coming; this bounds one response however busy an agency is. */
export const PUBLIC_CALENDAR_MAX_FORUMS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The read model behind the public calendar: what anyone may see of an agency's forums,
 * with no actor. A forum is public when its visibility is PUBLIC and it has been published;
 * one cancelled after publication stays listed (as cancelled) until it would have ended,
 * so subscribed calendars learn of the cancellation. Drafts and invite-only forums never show.
 */
/** The forum with its title, description, agenda and notes in `language` where given (SUMMARY and DESCRIPTION follow). */
function localised(forum: PublicForum, language: LanguageCode): PublicForum {
  if (language === 'en') return forum;
  const content = forumContentIn(forum, language);
  return { ...forum, title: content.title, description: content.description, accessibilityNotes: content.accessibilityNotes, agenda: content.agenda };
}

@Injectable()
export class PublicCalendarService {
  constructor(
    private readonly agencies: AgenciesService,
    @InjectRepository(Forum) private readonly forums: Repository<Forum>,
    @InjectRepository(Venue) private readonly venues: Repository<Venue>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async upcoming(slug: string, now = this.clock.now()): Promise<PublicCalendarListing> {
    const agency = await this.agency(slug);
    const forums = await this.publicForums(agency.id)
      .andWhere('f.ends_at > :now', { now })
      .orderBy('f.starts_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .take(PUBLIC_CALENDAR_MAX_FORUMS)
      .getMany();
    return { agency: this.agencyView(agency), forums: await this.withVenues(forums) };
  }

  /** One public forum of the agency, past or upcoming; NotFound for anything not public. */
  async forum(slug: string, forumId: string): Promise<{ agency: PublicCalendarAgency; forum: PublicForum }> {
    const agency = await this.agency(slug);
    const forum = UUID.test(forumId) ? await this.publicForums(agency.id).andWhere('f.id = :forumId', { forumId }).getOne() : null;
    if (!forum) throw new NotFoundError('Forum', forumId);
    const [withVenue] = await this.withVenues([forum]);
    return { agency: this.agencyView(agency), forum: withVenue };
  }

  /** The subscription feed (RFC 5545) of the agency's upcoming public forums. */
  async feed(slug: string, language: LanguageCode = 'en'): Promise<string> {
    const listing = await this.upcoming(slug);
    return buildPublicFeed(listing.agency, listing.forums.map((f) => localised(f, language)), this.icsOptions(), language);
  }

  /** One forum as a METHOD:PUBLISH calendar, for "add to calendar". */
  async forumDownload(slug: string, forumId: string, language: LanguageCode = 'en'): Promise<string> {
    const { agency, forum } = await this.forum(slug, forumId);
    return buildForumDownload(agency, localised(forum, language), this.icsOptions(), language);
  }

  private icsOptions() {
    return { publicUrl: this.config.PUBLIC_URL, mailDomain: this.config.MAIL_DOMAIN, mailFrom: this.config.MAIL_FROM };
  }

  private async agency(slug: string): Promise<Agency> {
    const agency = await this.agencies.findBySlug(slug);
    // A suspended agency's public pages are not found.
    if (!agency || agency.suspendedAt) throw new NotFoundError('Calendar', slug);
    return agency;
  }

  private agencyView(agency: Agency): PublicCalendarAgency {
    return {
      id: agency.id,
      name: agency.name,
      slug: agency.slug,
      timeZone: agency.timeZone,
      senderName: agency.mailSenderName,
      senderEmail: agency.mailSenderEmail,
      primaryColor: agency.branding?.primaryColor ?? null,
      enabledLanguages: agency.enabledLanguages,
    };
  }

  private publicForums(agencyId: string) {
    return this.forums
      .createQueryBuilder('f')
      .where('f.agency_id = :agencyId', { agencyId })
      .andWhere('f.visibility = :public', { public: ForumVisibility.PUBLIC })
      .andWhere('(f.status = :published OR (f.status = :cancelled AND f.published_at IS NOT NULL))', {
        published: ForumStatus.PUBLISHED,
        cancelled: ForumStatus.CANCELLED,
      });
  }

  /** One query for all the venues of a page of forums. */
  private async withVenues(forums: Forum[]): Promise<PublicForum[]> {
    const venueIds = [...new Set(forums.map((f) => f.venueId).filter((id): id is string => id !== null))];
    const venues = venueIds.length ? await this.venues.findBy({ id: In(venueIds) }) : [];
    const byId = new Map(venues.map((v) => [v.id, v]));
    return forums.map((forum) => {
      const venue = forum.venueId ? byId.get(forum.venueId) : undefined;
      return Object.assign(forum, {
        venue: venue ? { name: venue.name, address: venue.address, accessibilityFeatures: venue.accessibilityFeatures } : null,
      });
    });
  }
}
