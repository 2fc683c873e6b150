/**
 * How a forum reads as a calendar event, shared by every ICS we write (the public
 * feed, "add to calendar" downloads and the per-attendee invitations), so a forum
 * looks the same in a calendar whichever way it got there.
 */

/** The forum fields an event is written from (the `Forum` entity fits this shape). */
export interface ForumEventSource {
  title: string;
  description: string;
  status: string;
  format: string;
  onlineUrl: string | null;
  agenda: { title: string; speaker?: string | null; durationMinutes?: number | null }[];
  languages: string[];
  interpretationLanguages: string[];
  signLanguage: boolean;
  accessibilityNotes: string | null;
  cancelReason: string | null;
  venue: { name: string; address: string; accessibilityFeatures: string[] } | null;
}

export interface ForumEventText {
  summary: string;
  description: string;
  location: string;
}

const FEATURE_LABELS: Record<string, string> = {
  STEP_FREE_ACCESS: 'Step-free access',
  HEARING_LOOP: 'Hearing loop',
  ACCESSIBLE_RESTROOMS: 'Accessible restrooms',
  PARKING: 'Parking',
  TRANSIT_NEARBY: 'Public transit nearby',
};

const FORMAT_LABELS: Record<string, string> = {
  IN_PERSON: 'In person',
  ONLINE: 'Online',
  HYBRID: 'In person and online',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Spanish" for `es`; the tag itself when it is not one Intl knows. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function accessibilityFeatureLabel(feature: string): string {
  return FEATURE_LABELS[feature] ?? feature;
}

export function forumFormatLabel(format: string): string {
  return FORMAT_LABELS[format] ?? format;
}

/** "Held in English; interpretation into Spanish, Vietnamese; sign language interpretation". */
export function forumLanguagesText(forum: Pick<ForumEventSource, 'languages' | 'interpretationLanguages' | 'signLanguage'>): string {
  const parts = [`Held in ${forum.languages.map(languageName).join(', ') || 'English'}`];
  if (forum.interpretationLanguages.length) parts.push(`interpretation into ${forum.interpretationLanguages.map(languageName).join(', ')}`);
  if (forum.signLanguage) parts.push('sign language interpretation');
  return parts.join('; ');
}

/** Venue features and the forum's own notes, in one line; empty when there are none. */
export function forumAccessibilityText(forum: Pick<ForumEventSource, 'venue' | 'accessibilityNotes'>): string {
  const parts = (forum.venue?.accessibilityFeatures ?? []).map(accessibilityFeatureLabel);
  if (forum.accessibilityNotes?.trim()) parts.push(forum.accessibilityNotes.trim());
  return parts.join('; ');
}

export function forumLocationText(forum: Pick<ForumEventSource, 'format' | 'venue'>): string {
  if (forum.format === 'ONLINE' || !forum.venue) return 'Online';
  const place = `${forum.venue.name}, ${forum.venue.address}`;
  return forum.format === 'HYBRID' ? `${place} (also online)` : place;
}

function agendaLine(item: ForumEventSource['agenda'][number], index: number): string {
  const speaker = item.speaker ? ` (${item.speaker})` : '';
  const minutes = item.durationMinutes ? `, ${item.durationMinutes} min` : '';
  return `${index + 1}. ${item.title}${speaker}${minutes}`;
}

/**
 * SUMMARY, DESCRIPTION and LOCATION of a forum's event. A cancelled forum's summary
 * says so, because some calendar apps show subscribed events whatever their STATUS.
 */
export function forumEventText(forum: ForumEventSource, links: { pageUrl?: string } = {}): ForumEventText {
  const cancelled = forum.status === 'CANCELLED';
  const sections: string[] = [];
  if (cancelled) sections.push(`This forum has been cancelled.${forum.cancelReason ? ` ${forum.cancelReason}` : ''}`);
  if (forum.description.trim()) sections.push(forum.description.trim());
  const format = [`Format: ${forumFormatLabel(forum.format)}`];
  if (forum.format !== 'IN_PERSON' && forum.onlineUrl) format.push(`Join online: ${forum.onlineUrl}`);
  sections.push(format.join('\n'));
  if (forum.agenda.length) sections.push(['Agenda:', ...forum.agenda.map(agendaLine)].join('\n'));
  sections.push(`Languages: ${forumLanguagesText(forum)}`);
  const accessibility = forumAccessibilityText(forum);
  if (accessibility) sections.push(`Accessibility: ${accessibility}`);
  if (links.pageUrl) sections.push(`Details: ${links.pageUrl}`);
  return {
    summary: cancelled ? `Cancelled: ${forum.title}` : forum.title,
    description: sections.join('\n\n'),
    location: forumLocationText(forum),
  };
}
