import { Module } from '@nestjs/common';
import { AuthModule } from '@app/auth';
import { PlatformModule } from '@app/platform';
import { PlatformResolver } from './platform.resolver';

/** The platform operators' view across agencies (create, suspend, operator accounts). */
@Module({
  imports: [PlatformModule, AuthModule],
  providers: [PlatformResolver],
})
export class PlatformApiModule {}
