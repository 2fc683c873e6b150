import DataLoader from 'dataloader';
import type { AgenciesService } from '@app/agencies';
import type { LanguageCode } from '@app/common';
import { forumTranslationList } from '@app/forums';
import type { ForumTranslations } from '@app/forums';
import type { RequestLoaders } from '../graphql/request-loaders';
import type { ForumTranslationModel } from './models/forum.model';

/** Stored translations (a forum's or a series template's) as the API lists them, in Liaison's language order. */
export function translationModels(translations: ForumTranslations | null | undefined): ForumTranslationModel[] {
  return forumTranslationList(translations).map((t) => ({
    language: t.language,
    title: t.title ?? null,
    description: t.description ?? null,
    accessibilityNotes: t.accessibilityNotes ?? null,
    agenda: (t.agenda ?? []).map((item) => ({ title: item.title ?? null, notes: item.notes ?? null })),
  }));
}

/** The agency's enabled languages, read once per request whatever the number of forums or series asking. */
export function enabledLanguagesOf(loaders: RequestLoaders, agencies: AgenciesService, agencyId: string): Promise<LanguageCode[]> {
  return loaders
    .get('agency.enabledLanguages', () => new DataLoader<string, LanguageCode[]>((ids) => Promise.all(ids.map((id) => agencies.enabledLanguages(id)))))
    .load(agencyId);
}
