/**
 * How a forum reads as a calendar event, shared by every ICS we write (the public
 * feed, "add to calendar" downloads and the per-attendee invitations), so a forum
 * looks the same in a calendar whichever way it got there.
 */

import type { LanguageCode } from '@app/common';
import { MessageKey, MessageValues, languageNameIn, translate } from '@app/i18n';

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

/** A label from the catalog for an enum value, the value itself for one the catalog does not know. */
function label(language: LanguageCode, prefix: 'forum.feature' | 'forum.format', value: string): string {
  try {
    return translate(language, `${prefix}.${value}` as never);
  } catch {
    return value;
  }
}

/** "Spanish" for `es` (in the reader's language); the tag itself when it is not one Intl knows. */
export function languageName(tag: string, language: LanguageCode = 'en'): string {
  try {
    return languageNameIn(tag, language);
  } catch {
    return tag;
  }
}

export function accessibilityFeatureLabel(feature: string, language: LanguageCode = 'en'): string {
  return label(language, 'forum.feature', feature);
}

export function forumFormatLabel(format: string, language: LanguageCode = 'en'): string {
  return label(language, 'forum.format', format);
}

/** "Held in English; interpretation into Spanish, Vietnamese; sign language interpretation", in the reader's language. */
export function forumLanguagesText(forum: Pick<ForumEventSource, 'languages' | 'interpretationLanguages' | 'signLanguage'>, language: LanguageCode = 'en'): string {
  const names = (tags: string[]) => tags.map((tag) => languageName(tag, language)).join(', ');
  const parts = [translate(language, 'forum.ics.heldIn', { languages: names(forum.languages) || languageName('en', language) })];
  if (forum.interpretationLanguages.length) parts.push(translate(language, 'forum.interpretationInto', { languages: names(forum.interpretationLanguages) }));
  if (forum.signLanguage) parts.push(translate(language, 'forum.signLanguage'));
  return parts.join('; ');
}

/** Venue features and the forum's own notes, in one line; empty when there are none. */
export function forumAccessibilityText(forum: Pick<ForumEventSource, 'venue' | 'accessibilityNotes'>, language: LanguageCode = 'en'): string {
  const parts = (forum.venue?.accessibilityFeatures ?? []).map((f) => accessibilityFeatureLabel(f, language));
  if (forum.accessibilityNotes?.trim()) parts.push(forum.accessibilityNotes.trim());
  return parts.join('; ');
}

export function forumLocationText(forum: Pick<ForumEventSource, 'format' | 'venue'>, language: LanguageCode = 'en'): string {
  if (forum.format === 'ONLINE' || !forum.venue) return translate(language, 'forum.online');
  const place = `${forum.venue.name}, ${forum.venue.address}`;
  return forum.format === 'HYBRID' ? translate(language, 'forum.ics.alsoOnline', { place }) : place;
}

function agendaLine(item: ForumEventSource['agenda'][number], index: number, language: LanguageCode): string {
  const speaker = item.speaker ? ` (${item.speaker})` : '';
  const minutes = item.durationMinutes ? `, ${translate(language, 'forum.minutes', { minutes: item.durationMinutes })}` : '';
  return `${index + 1}. ${item.title}${speaker}${minutes}`;
}

/**
 * SUMMARY, DESCRIPTION and LOCATION of a forum's event, its labels in `language` (the catalogs'). A cancelled forum's summary
 * says so, because some calendar apps show subscribed events whatever their STATUS.
 */
export function forumEventText(forum: ForumEventSource, links: { pageUrl?: string } = {}, language: LanguageCode = 'en'): ForumEventText {
  const t = (key: MessageKey, values?: MessageValues) => translate(language, key, values);
  const cancelled = forum.status === 'CANCELLED';
  const sections: string[] = [];
  if (cancelled) sections.push(`${t('forum.ics.cancelled')}${forum.cancelReason ? ` ${forum.cancelReason}` : ''}`);
  if (forum.description.trim()) sections.push(forum.description.trim());
  const format = [t('forum.ics.format', { format: forumFormatLabel(forum.format, language) })];
  if (forum.format !== 'IN_PERSON' && forum.onlineUrl) format.push(t('forum.ics.joinOnline', { url: forum.onlineUrl }));
  sections.push(format.join('\n'));
  if (forum.agenda.length) sections.push([t('forum.ics.agenda'), ...forum.agenda.map((item, i) => agendaLine(item, i, language))].join('\n'));
  sections.push(t('forum.ics.languages', { languages: forumLanguagesText(forum, language) }));
  const accessibility = forumAccessibilityText(forum, language);
  if (accessibility) sections.push(t('forum.ics.accessibility', { text: accessibility }));
  if (links.pageUrl) sections.push(t('forum.ics.details', { url: links.pageUrl }));
  return {
    summary: cancelled ? t('forum.ics.cancelledSummary', { title: forum.title }) : forum.title,
    description: sections.join('\n\n'),
    location: forumLocationText(forum, language),
  };
}
