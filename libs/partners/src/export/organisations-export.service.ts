import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { StaffActor, guardFormula } from '@app/common';
import { CSV_COLUMNS, CsvColumn, LIST_SEPARATOR } from '../import/csv-format';
import { OrganisationFilter, OrganisationsService } from '../organisations.service';
import { OrganisationRepository } from '../organisation.repository';

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
    const rows = await OrganisationRepository.exportRows(this.dataSource, actor.agencyId, ids);
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
