import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { StaffActor } from '@app/common';
import { CSV_COLUMNS, CsvColumn, LIST_SEPARATOR, guardFormula } from '../import/csv-format';
import { OrganisationFilter, OrganisationsService } from '../organisations.service';

interface ExportRow {
  organisation_name: string;
  organisation_type: string;
  focus_areas: string[];
  neighbourhoods: string[];
  website: string | null;
  organisation_phone: string | null;
  notes: string | null;
  organisation_status: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_role: string | null;
  contact_language: string | null;
  contact_opted_out: boolean | null;
}

/**
 * The directory as CSV in the import's header set (one row per contact; an organisation with no
 * contacts gets one row with empty contact columns), so an export re-imports with no changes.
 * Contacts with no organisation cannot be expressed in this format and are left out.
 * With a filter (the directory's), only the organisations it selects are exported.
 */
@Injectable()
export class OrganisationsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
  ) {}

  async csv(actor: Pick<StaffActor, 'agencyId'>, filter: OrganisationFilter = {}): Promise<string> {
    const filtered = Object.values(filter).some((v) => v !== undefined);
    const ids = filtered ? await this.organisations.matchingIds(actor, filter) : null;
    const rows = (await this.dataSource.query(
      `SELECT o.name AS organisation_name, o.type AS organisation_type, o.focus_areas, o.neighbourhoods, o.website,
              o.phone AS organisation_phone, o.notes, o.status AS organisation_status,
              c.name AS contact_name, c.email AS contact_email, c.phone AS contact_phone, c.role_title AS contact_role,
              c.preferred_language AS contact_language, (c.opted_out_at IS NOT NULL) AS contact_opted_out
         FROM organisations o LEFT JOIN contacts c ON c.organisation_id = o.id
        WHERE o.agency_id = $1 AND ($2::uuid[] IS NULL OR o.id = ANY($2::uuid[]))
        ORDER BY lower(o.name), o.id, c.email`,
      [actor.agencyId, ids],
    )) as ExportRow[];
    const records = rows.map((r) =>
      CSV_COLUMNS.map((column: CsvColumn) => {
        const value = r[column];
        if (Array.isArray(value)) return guardFormula(value.join(`${LIST_SEPARATOR} `));
        if (column === 'contact_opted_out') return r.contact_email ? (value ? 'yes' : 'no') : '';
        return guardFormula(String(value ?? ''));
      }),
    );
    // The BOM lets spreadsheet programs open the file as UTF-8 (accented names stay intact).
    return '\uFEFF' + stringify([[...CSV_COLUMNS], ...records]);
  }
}
