import { ErrorText, errorText, hasNulCharacter, renderErrorText } from '@app/common';
import { OrganisationStatus, OrganisationType } from '../organisation.entity';
import {
  Checked,
  LIMITS,
  agencyNeighbourhoods,
  focusAreas,
  normaliseContactEmail,
  optionalPhone,
  optionalText,
  optionalWebsite,
  organisationStatus,
  organisationType,
  preferredLanguage,
  requiredText,
} from '../partner-fields';
import { ImportRowError } from './organisation-import.entity';
import { CsvColumn, CsvRow, EXTRA_CELLS, ParsedCsv, decodeCsv, parseCsv, splitList } from './csv-format';

/** An organisation as the file states it. Fields whose column is absent are undefined (kept as stored). */
export interface ImportedOrganisation {
  key: string;
  row: number;
  name: string;
  type: OrganisationType;
  focusAreas?: string[];
  neighbourhoods?: string[];
  website?: string | null;
  phone?: string | null;
  notes?: string | null;
  status?: OrganisationStatus;
}

export interface ImportedContact {
  row: number;
  organisationKey: string;
  email: string;
  name: string;
  phone?: string | null;
  roleTitle?: string | null;
  preferredLanguage?: string;
  /** Only ever adds an opt-out; "no" or empty never clears one. */
  optedOut: boolean;
}

export interface ValidatedImport {
  totalRows: number;
  organisations: ImportedOrganisation[];
  contacts: ImportedContact[];
  errors: ImportRowError[];
}

const ORGANISATION_FIELDS = ['name', 'type', 'focusAreas', 'neighbourhoods', 'website', 'phone', 'notes', 'status'] as const;
const COLUMN_OF: Record<(typeof ORGANISATION_FIELDS)[number], CsvColumn> = {
  name: 'organisation_name',
  type: 'organisation_type',
  focusAreas: 'focus_areas',
  neighbourhoods: 'neighbourhoods',
  website: 'website',
  phone: 'organisation_phone',
  notes: 'notes',
  status: 'organisation_status',
};
const ORGANISATION_COLUMNS = Object.values(COLUMN_OF);
const CONTACT_COLUMNS: CsvColumn[] = ['contact_name', 'contact_email', 'contact_phone', 'contact_role', 'contact_language'];
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

type Problem = { column: string | null; text: ErrorText };
type Cell = (column: CsvColumn) => string;

/** An uploaded file as the import reads it: decoded, parsed and every row checked (see `validateRows`). */
export function readImportFile(bytes: Buffer, agencyNeighbourhoodNames: string[]): ValidatedImport {
  return validateRows(parseCsv(decodeCsv(bytes)), agencyNeighbourhoodNames);
}

/**
 * Checks every row and the rows against each other (duplicates, one email twice, one
 * organisation described two ways). Collects every problem with row, column and reason
 * rather than stopping at the first, so a dry run shows the officer the whole list.
 */
export function validateRows(csv: ParsedCsv, agencyNeighbourhoodNames: string[]): ValidatedImport {
  const has = new Set(csv.columns);
  const errors: ImportRowError[] = [];
  const organisations = new Map<string, ImportedOrganisation>();
  const contacts: ImportedContact[] = [];
  const rowBySignature = new Map<string, number>();
  const rowByEmail = new Map<string, number>();
  // Rows of one organisation repeat its cells: each distinct set of cells is checked once.
  const orgChecks = new Map<string, { org: Partial<ImportedOrganisation>; problems: Problem[] }>();

  for (const { row, cells } of csv.rows) {
    const cell: Cell = (column) => cells[column] ?? '';
    const problems: Problem[] = [];
    const extra = (cells as Record<string, string>)[EXTRA_CELLS];
    if (extra) problems.push({ column: null, text: errorText('The row has {extra} cells but the header has {length} columns', { extra, length: csv.columns.length }) });
    for (const column of csv.columns) {
      if (hasNulCharacter(cell(column))) problems.push({ column, text: errorText('{column} must not contain the NUL character (U+0000)', { column }) });
    }

    const orgCells = JSON.stringify(ORGANISATION_COLUMNS.map((c) => cell(c)));
    let checkedOrg = orgChecks.get(orgCells);
    if (!checkedOrg) {
      checkedOrg = checkOrganisation(cell, has, agencyNeighbourhoodNames);
      orgChecks.set(orgCells, checkedOrg);
    }
    problems.push(...checkedOrg.problems);
    const org = { ...checkedOrg.org, row } as ImportedOrganisation;
    const contact = checkContact(cell, has, problems);

    if (problems.length === 0) {
      const signature = JSON.stringify(csv.columns.map((c) => normaliseCell(c, cell(c))));
      const duplicateOf = rowBySignature.get(signature);
      if (duplicateOf !== undefined) problems.push({ column: null, text: errorText('The row is a duplicate of row {duplicateOf}', { duplicateOf }) });
      else rowBySignature.set(signature, row);
    }
    if (problems.length === 0 && contact) {
      const other = rowByEmail.get(contact.email);
      if (other !== undefined) problems.push({ column: 'contact_email', text: errorText('contact_email {email} is also on row {other}', { email: contact.email, other }) });
      else rowByEmail.set(contact.email, row);
    }
    if (problems.length === 0) {
      const key = org.name.toLowerCase();
      const first = organisations.get(key);
      if (!first) organisations.set(key, { ...org, key });
      else problems.push(...conflicts(first, org));
      if (contact && problems.length === 0) contacts.push({ ...contact, row, organisationKey: key });
    }
    errors.push(...problems.map((p) => ({ row, column: p.column, message: renderErrorText(p.text), text: p.text })));
  }
  return { totalRows: csv.rows.length, organisations: [...organisations.values()], contacts, errors };
}

/** The organisation columns of one row (only the columns the file has). */
function checkOrganisation(cell: Cell, has: Set<CsvColumn>, hoods: string[]): { org: Partial<ImportedOrganisation>; problems: Problem[] } {
  const problems: Problem[] = [];
  const check = checker(problems);
  const org: Partial<ImportedOrganisation> = {
    name: check('organisation_name', requiredText(cell('organisation_name'), LIMITS.name)),
    type: check('organisation_type', organisationType(cell('organisation_type'))),
  };
  if (has.has('focus_areas')) org.focusAreas = check('focus_areas', focusAreas(splitList(cell('focus_areas'))));
  if (has.has('neighbourhoods')) org.neighbourhoods = check('neighbourhoods', agencyNeighbourhoods(splitList(cell('neighbourhoods')), hoods));
  if (has.has('website')) org.website = check('website', optionalWebsite(cell('website')));
  if (has.has('organisation_phone')) org.phone = check('organisation_phone', optionalPhone(cell('organisation_phone')));
  if (has.has('notes')) org.notes = check('notes', optionalText(cell('notes'), LIMITS.notes));
  if (has.has('organisation_status')) org.status = check('organisation_status', organisationStatus(cell('organisation_status')));
  return { org, problems };
}

/** The contact columns of one row; none filled in means the row is an organisation without contacts. */
function checkContact(cell: Cell, has: Set<CsvColumn>, problems: Problem[]): Omit<ImportedContact, 'row' | 'organisationKey'> | undefined {
  const check = checker(problems);
  const optedOutCell = cell('contact_opted_out').trim();
  if (!CONTACT_COLUMNS.some((c) => cell(c).trim())) {
    if (!NO.has(optedOutCell.toLowerCase())) problems.push({ column: 'contact_opted_out', text: errorText('contact_opted_out is set on a row without a contact') });
    return undefined;
  }
  const contact: Partial<ImportedContact> = {
    email: check('contact_email', normaliseContactEmail(cell('contact_email'))),
    name: check('contact_name', requiredText(cell('contact_name'), LIMITS.name)),
    optedOut: false,
  };
  if (has.has('contact_phone')) contact.phone = check('contact_phone', optionalPhone(cell('contact_phone')));
  if (has.has('contact_role')) contact.roleTitle = check('contact_role', optionalText(cell('contact_role'), LIMITS.roleTitle));
  if (has.has('contact_language')) contact.preferredLanguage = check('contact_language', preferredLanguage(cell('contact_language')));
  if (has.has('contact_opted_out')) contact.optedOut = check('contact_opted_out', yesNo(optedOutCell));
  return contact as ImportedContact;
}

function checker(problems: Problem[]) {
  return <T>(column: CsvColumn, checked: Checked<T>): T | undefined => {
    if (checked.ok) return checked.value;
    problems.push({ column, text: errorText('{column} {message}', { column, message: checked.message }) });
    return undefined;
  };
}

/** Two rows of the same organisation must describe it the same way. */
function conflicts(first: ImportedOrganisation, other: ImportedOrganisation): Problem[] {
  return ORGANISATION_FIELDS.filter((f) => JSON.stringify(first[f] ?? null) !== JSON.stringify(other[f] ?? null)).map((f) => ({
    column: COLUMN_OF[f],
    text: errorText('{column} differs from row {row} for the same organisation ("{name}")', { column: COLUMN_OF[f], row: first.row, name: first.name }),
  }));
}

function yesNo(raw: string): Checked<boolean> {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return { ok: true, value: true };
  if (NO.has(value)) return { ok: true, value: false };
  return { ok: false, message: errorText('"{raw}" must be yes or no', { raw: raw.trim() }) };
}

function normaliseCell(column: CsvColumn, raw: string): string {
  const value = raw.trim().toLowerCase();
  return column === 'focus_areas' || column === 'neighbourhoods' ? splitList(value).join(';') : value;
}
