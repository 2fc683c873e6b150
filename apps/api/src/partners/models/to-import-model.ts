import type { OrganisationImport } from '@app/partners';
import { OrganisationImportModel } from './organisation-import.model';

export function toImportModel(i: OrganisationImport): OrganisationImportModel {
  const organisations = { created: i.organisationsCreated, updated: i.organisationsUpdated, unchanged: i.organisationsUnchanged };
  const contacts = { created: i.contactsCreated, updated: i.contactsUpdated, unchanged: i.contactsUnchanged };
  return {
    id: i.id,
    status: i.status,
    dryRun: i.dryRun,
    progress: i.progress,
    totalRows: i.totalRows,
    created: organisations.created + contacts.created,
    updated: organisations.updated + contacts.updated,
    unchanged: organisations.unchanged + contacts.unchanged,
    organisations,
    contacts,
    errors: i.errors,
    errorCount: i.errorCount,
    failure: i.failure,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}
