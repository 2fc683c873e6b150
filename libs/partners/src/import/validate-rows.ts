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
import { CsvColumn, CsvRow, EXTRA_CELLS, ParsedCsv, splitList } from './csv-format';

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
const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

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
  const orgChecks = new Map<string, { org: Partial<ImportedOrganisation>; problems: Omit<ImportRowError, 'row'>[] }>();

  for (const { row, cells } of csv.rows) {
    const rowErrors: ImportRowError[] = [];
    const check = <T>(column: CsvColumn, checked: Checked<T>): T | undefined => {
      if (checked.ok) return checked.value;
      rowErrors.push({ row, column, message: `${column} ${checked.message}` });
      return undefined;
    };
    const cell = (column: CsvColumn) => cells[column] ?? '';
    const extra = (cells as Record<string, string>)[EXTRA_CELLS];
    if (extra) rowErrors.push({ row, column: null, message: `The row has ${extra} cells but the header has ${csv.columns.length} columns` });

    // Rows of one organisation repeat its cells: check each distinct set of cells once.
    const orgCells = JSON.stringify(ORGANISATION_COLUMNS.map((c) => cell(c)));
    let checkedOrg = orgChecks.get(orgCells);
    if (!checkedOrg) {
      const problems: Omit<ImportRowError, 'row'>[] = [];
      const checkOrg = <T>(column: CsvColumn, checked: Checked<T>): T | undefined => {
        if (checked.ok) return checked.value;
        problems.push({ column, message: `${column} ${checked.message}` });
        return undefined;
      };
      const org: Partial<ImportedOrganisation> = {
        name: checkOrg('organisation_name', requiredText(cell('organisation_name'), LIMITS.name)),
        type: checkOrg('organisation_type', organisationType(cell('organisation_type'))),
      };
      if (has.has('focus_areas')) org.focusAreas = checkOrg('focus_areas', focusAreas(splitList(cell('focus_areas'))));
      if (has.has('neighbourhoods')) org.neighbourhoods = checkOrg('neighbourhoods', agencyNeighbourhoods(splitList(cell('neighbourhoods')), agencyNeighbourhoodNames));
      if (has.has('website')) org.website = checkOrg('website', optionalWebsite(cell('website')));
      if (has.has('organisation_phone')) org.phone = checkOrg('organisation_phone', optionalPhone(cell('organisation_phone')));
      if (has.has('notes')) org.notes = checkOrg('notes', optionalText(cell('notes'), LIMITS.notes));
      if (has.has('organisation_status')) org.status = checkOrg('organisation_status', organisationStatus(cell('organisation_status')));
      checkedOrg = { org, problems };
      orgChecks.set(orgCells, checkedOrg);
    }
    rowErrors.push(...checkedOrg.problems.map((p) => ({ row, ...p })));
    const org = { ...checkedOrg.org, row };

    const contactCells = (['contact_name', 'contact_email', 'contact_phone', 'contact_role', 'contact_language'] as const).some((c) => cell(c).trim());
    let contact: ImportedContact | undefined;
    if (contactCells) {
      const email = check('contact_email', normaliseContactEmail(cell('contact_email')));
      const contactName = check('contact_name', requiredText(cell('contact_name'), LIMITS.name));
      const partial: Partial<ImportedContact> = { row, email, name: contactName, optedOut: false };
      if (has.has('contact_phone')) partial.phone = check('contact_phone', optionalPhone(cell('contact_phone')));
      if (has.has('contact_role')) partial.roleTitle = check('contact_role', optionalText(cell('contact_role'), LIMITS.roleTitle));
      if (has.has('contact_language')) partial.preferredLanguage = check('contact_language', preferredLanguage(cell('contact_language')));
      if (has.has('contact_opted_out')) partial.optedOut = check('contact_opted_out', yesNo(cell('contact_opted_out')));
      contact = partial as ImportedContact;
    } else if (cell('contact_opted_out').trim() && !NO.has(cell('contact_opted_out').trim().toLowerCase())) {
      rowErrors.push({ row, column: 'contact_opted_out', message: 'contact_opted_out is set on a row without a contact' });
    }

    if (rowErrors.length === 0) {
      const signature = JSON.stringify(csv.columns.map((c) => normaliseCell(c, cell(c))));
      const duplicateOf = rowBySignature.get(signature);
      if (duplicateOf !== undefined) {
        rowErrors.push({ row, column: null, message: `The row is a duplicate of row ${duplicateOf}` });
      } else {
        rowBySignature.set(signature, row);
      }
    }
    if (rowErrors.length === 0 && contact) {
      const other = rowByEmail.get(contact.email);
      if (other !== undefined) rowErrors.push({ row, column: 'contact_email', message: `contact_email ${contact.email} is also on row ${other}` });
      else rowByEmail.set(contact.email, row);
    }
    if (rowErrors.length === 0) {
      const key = (org.name as string).toLowerCase();
      const first = organisations.get(key);
      if (!first) organisations.set(key, { ...(org as ImportedOrganisation), key });
      else rowErrors.push(...conflicts(first, org as ImportedOrganisation, row));
      if (contact && rowErrors.length === 0) contacts.push({ ...contact, organisationKey: key });
    }
    errors.push(...rowErrors);
  }
  return { totalRows: csv.rows.length, organisations: [...organisations.values()], contacts, errors };
}

/** Two rows of the same organisation must describe it the same way. */
function conflicts(first: ImportedOrganisation, other: ImportedOrganisation, row: number): ImportRowError[] {
  return ORGANISATION_FIELDS.filter((f) => JSON.stringify(first[f] ?? null) !== JSON.stringify(other[f] ?? null)).map((f) => ({
    row,
    column: COLUMN_OF[f],
    message: `${COLUMN_OF[f]} differs from row ${first.row} for the same organisation ("${first.name}")`,
  }));
}

function yesNo(raw: string): Checked<boolean> {
  const value = raw.trim().toLowerCase();
  if (YES.has(value)) return { ok: true, value: true };
  if (NO.has(value)) return { ok: true, value: false };
  return { ok: false, message: `"${raw.trim()}" must be yes or no` };
}

function normaliseCell(column: CsvColumn, raw: string): string {
  const value = raw.trim().toLowerCase();
  return column === 'focus_areas' || column === 'neighbourhoods' ? splitList(value).join(';') : value;
}
