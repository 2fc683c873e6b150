import { Module } from '@nestjs/common';
import { PartnersModule } from '@app/partners';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationFieldsResolver } from './organisation-fields.resolver';
import { ContactsResolver } from './contacts.resolver';
import { ContactFieldsResolver } from './contact-fields.resolver';
import { OrganisationImportsResolver } from './organisation-imports.resolver';
import { OrganisationsCsvController } from './organisations-csv.controller';

/** Partner organisations and contacts, with the CSV import and export. */
@Module({
  imports: [PartnersModule],
  controllers: [OrganisationsCsvController],
  providers: [OrganisationsResolver, OrganisationFieldsResolver, ContactsResolver, ContactFieldsResolver, OrganisationImportsResolver],
})
export class PartnersApiModule {}
