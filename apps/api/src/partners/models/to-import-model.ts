import { errorTextForCaller } from '@app/i18n';
import type { OrganisationImport } from '@app/partners';
import { OrganisationImportModel } from './organisation-import.model';

/** An import as the API shows it; its row errors in the caller's language. */
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
    errors: i.errors.map((e) => ({ row: e.row, column: e.column, message: e.text ? errorTextForCaller(e.text) : e.message })),
    errorCount: i.errorCount,
    failure: i.failure,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
  };
}
