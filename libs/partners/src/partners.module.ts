import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './organisation.entity';
import { Contact } from './contact.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation, Contact])],
})
export class PartnersModule {}
