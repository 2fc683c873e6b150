import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { StaffModule } from '@app/staff';
import { Organisation } from './organisation.entity';
import { Contact } from './contact.entity';
import { OrganisationImport } from './import/organisation-import.entity';
import { OrganisationsService } from './organisations.service';
import { ContactsService } from './contacts.service';
import { OrganisationImportsService } from './import/organisation-imports.service';
import { OrganisationImportRunner } from './import/organisation-import.runner';
import { OrganisationsExportService } from './export/organisations-export.service';
import { PartnerLookupModule } from './partner-lookup.module';

const services = [OrganisationsService, ContactsService, OrganisationImportsService, OrganisationImportRunner, OrganisationsExportService];

/** Partner organisations and their contacts: directory, opt-outs, CSV import and export. */
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, Contact, OrganisationImport]), AuditModule, AgenciesModule, StaffModule, PartnerLookupModule],
  providers: services,
  exports: [...services, PartnerLookupModule],
})
export class PartnersModule {}
